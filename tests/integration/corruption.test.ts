// A damaged vault is caught at unlock, never used and never deleted; the
// adviser can restore a backup over it, and the damaged files are kept aside.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToFolder, restoreDamagedVault, saveBackupSettings } from '../../main/backup';
import { createVault, type Vault } from '../../main/vault';
import { hashFolder, makeTempDirectory, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';
import { importRoll } from '../../main/services/roll-import';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const pageSize = 4096;
let workspace: string;
let vault: Vault;
let backupName: string;

function roll(pupils: number): string {
  const rows = Array.from({ length: pupils }, (_, index) => `Surname${index},Forename${index},01/01/2010`);
  return `Surname,Forename,DOB\n${rows.join('\n')}\n`;
}

/** Flips one byte in the middle of a page other than page 1. */
function flipByteInMiddlePage(file: string): number {
  const bytes = readFileSync(file);
  const pages = bytes.length / pageSize;
  const page = Math.floor(pages / 2);
  expect(page).toBeGreaterThan(1);
  const offset = page * pageSize + 1000;
  bytes[offset] = (bytes[offset] as number) ^ 0x01;
  writeFileSync(file, bytes);
  return page;
}

/**
 * Unlocking opens at once; the check that reads every page runs in a worker
 * thread and locks the vault when it finds damage. Waits for that lock.
 */
async function unlockUntilDamageFound(damaged: Vault): Promise<void> {
  await damaged.unlock(strongPassphrase);
  for (let waited = 0; damaged.state() === 'unlocked'; waited += 50) {
    if (waited > 30_000) throw new Error('the damage check never locked the vault');
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
}

beforeEach(async () => {
  workspace = makeTempDirectory('waymark-corruption-');
  vault = createVault({ directory: join(workspace, 'vault'), kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  const open = vault.database();
  importRoll(open, { organisationName: 'Northfield Academy', csv: roll(400), isDryRun: false }, contextAt(now));
  mkdirSync(join(workspace, 'backups'));
  saveBackupSettings(open.sqlite, { folder: join(workspace, 'backups'), intervalHours: 4 });
  backupName = backupToFolder(vault, { now }).name;
  // No free pages: every page belongs to a table or an index, so the flipped one is in use.
  open.sqlite.exec('VACUUM');
  expect(open.sqlite.pragma('freelist_count', { simple: true })).toBe(0);
  vault.lock();
});
afterEach(() => {
  vault.lock();
  removeDirectory(workspace);
});

describe('a damaged vault', () => {
  it('is found by the check after unlocking, which locks the vault and changes and deletes nothing', async () => {
    flipByteInMiddlePage(vault.files.database);
    const before = hashFolder(workspace);
    const reopened = createVault({ directory: vault.files.directory, kdf: testKdf });
    await unlockUntilDamageFound(reopened);
    expect(reopened.isDamaged()).toBe(true);
    expect(hashFolder(workspace)).toEqual(before);
    // From now on unlocking checks every page first and says so.
    await expect(reopened.unlock(strongPassphrase)).rejects.toMatchObject({
      code: 'VAULT_DAMAGED',
      message: expect.stringMatching(/damaged.*Restore it from a backup/),
    });
    expect(reopened.state()).toBe('locked');
    expect(reopened.isDamaged()).toBe(true);
    expect(hashFolder(workspace)).toEqual(before);
  });

  it('can be replaced by a backup, with the damaged files moved aside to a dated folder, not deleted', async () => {
    flipByteInMiddlePage(vault.files.database);
    const damagedBytes = readFileSync(vault.files.database);
    const reopened = createVault({ directory: vault.files.directory, kdf: testKdf });
    await unlockUntilDamageFound(reopened);

    const report = await restoreDamagedVault(reopened, join(workspace, 'backups', backupName), strongPassphrase, now);

    expect(report.counts.clients).toBe(400);
    expect(reopened.state()).toBe('unlocked');
    expect(reopened.database().sqlite.pragma('integrity_check', { simple: true }) as string).toBe('ok');
    expect(report.damagedFilesMovedTo).toBe(join(workspace, 'vault.damaged-2026-11-23-1000'));
    const aside = report.damagedFilesMovedTo as string;
    expect(dirname(aside)).toBe(workspace);
    expect(readdirSync(aside).sort()).toEqual(['waymark.db', 'waymark.key']);
    expect(readFileSync(join(aside, 'waymark.db')).equals(damagedBytes)).toBe(true);
    reopened.lock();
    // The restored vault unlocks with the backup's passphrase.
    const again = createVault({ directory: vault.files.directory, kdf: testKdf });
    await again.unlock(strongPassphrase);
    again.lock();
  });

  it('with a damaged key file can be replaced by a backup too, keeping the broken key file aside', async () => {
    writeFileSync(vault.files.keyFile, '{"format": "waymark-vault-key", "vers');
    const reopened = createVault({ directory: vault.files.directory, kdf: testKdf });
    await expect(reopened.unlock(strongPassphrase)).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    const report = await restoreDamagedVault(reopened, join(workspace, 'backups', backupName), strongPassphrase, now);
    expect(report).toMatchObject({ isErasureLogUnreadable: false, counts: { clients: 400 } });
    expect(readFileSync(join(report.damagedFilesMovedTo as string, 'waymark.key'), 'utf8')).toBe(
      '{"format": "waymark-vault-key", "vers',
    );
    expect(reopened.state()).toBe('unlocked');
    reopened.lock();
  });

  it('cannot be replaced from the locked screen unless it was found damaged', async () => {
    const reopened = createVault({ directory: vault.files.directory, kdf: testKdf });
    const before = hashFolder(workspace);
    await expect(
      restoreDamagedVault(reopened, join(workspace, 'backups', backupName), strongPassphrase, now),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(hashFolder(workspace)).toEqual(before);
    expect(existsSync(join(workspace, 'vault.damaged-2026-11-23-1000'))).toBe(false);
  });
});
