// Quitting closes the vault file cleanly. Two seconds after unlocking, a check
// for damage reads the file in a worker through a connection of its own (once
// a week, and on the first unlock, SQLite's full check). Quitting while it
// reads used to lock the vault and end the process with that connection still
// open, leaving SQLite's write-ahead log beside the database (seen once in the
// desktop shell's quit test). Quitting now waits for the check to finish.
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makeVault, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

let directory = '';
afterEach(() => removeDirectory(directory));

describe('quitting', () => {
  it('waits for the check for damage still reading the file, then locks with no write-ahead log left', async () => {
    const made = makeWaymark();
    directory = made.directory;
    const { waymark } = made;
    await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
    await waymark.dispatch('vault.lock', {});
    await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase });
    // Just after the check starts: its worker is still starting up or reading.
    await sleep(2_050);
    await waymark.backUpBeforeClosing();
    waymark.closeAfterRunningBackups(0);

    expect(existsSync(`${directory}/waymark.db`)).toBe(true);
    expect(existsSync(`${directory}/waymark.db-wal`)).toBe(false);
    expect(existsSync(`${directory}/waymark.db-shm`)).toBe(false);
    // The check had finished, and recorded its full check, before the vault locked.
    const reopened = makeVault({ directory });
    await reopened.unlock(strongPassphrase);
    try {
      const recorded = reopened
        .database()
        .sqlite.prepare("SELECT value FROM settings WHERE key = 'backups.vaultFullyCheckedAt'")
        .get();
      expect(recorded).toBeDefined();
    } finally {
      reopened.lock();
    }
  }, 20_000);
});
