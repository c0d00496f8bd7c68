// Backups run in a worker thread: while a practice of a few thousand clients
// is backed up, the app keeps answering the adviser (search, autosave), two
// requests give two whole backups one after the other, and a backup that
// fails in the worker leaves nothing in the folder that looks like a backup.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToFolderInWorker, restoreBackup, saveBackupSettings } from '../../main/backup';
import { generateDemoPractice } from '../../main/services/demo';
import { createVault, type Vault } from '../../main/vault';
import { makeTempDirectory, makeWaymark, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';

const today = '2026-11-23';
let workspace: string;
let folder: string;
let directory: string;
let surname: string;

const nextTurnOfEventLoop = () => new Promise((resolveTurn) => setImmediate(resolveTurn));

async function practiceVault(clients: number): Promise<Vault> {
  const vault = createVault({ directory, kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  generateDemoPractice(vault.database(), { clients, seed: 7, today });
  saveBackupSettings(vault.database().sqlite, { folder, intervalHours: 4 });
  surname = (
    vault.database().sqlite.prepare('SELECT surname FROM clients ORDER BY id LIMIT 1').get() as { surname: string }
  ).surname;
  return vault;
}

beforeEach(() => {
  workspace = makeTempDirectory('waymark-backup-worker-');
  folder = join(workspace, 'backups');
  directory = join(workspace, 'vault');
  mkdirSync(folder);
});
afterEach(() => removeDirectory(workspace));

describe('backups in a worker thread', () => {
  it('leave the app answering searches while a practice of thousands is backed up', async () => {
    (await practiceVault(2000)).lock();
    const { waymark } = makeWaymark({ directory });
    try {
      expect(await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase })).toMatchObject({ ok: true });
      let isBackupDone = false;
      const backup = waymark.dispatch('backups.runNow', {}).finally(() => {
        isBackupDone = true;
      });
      // Past any work done at once or in microtasks: on the main thread, the backup would be over by now.
      await nextTurnOfEventLoop();
      const answeredDuringBackup: unknown[] = [];
      while (!isBackupDone) {
        const found = await waymark.dispatch('search.query', { text: surname });
        if (!isBackupDone) answeredDuringBackup.push(found);
        await nextTurnOfEventLoop();
      }
      expect(answeredDuringBackup.length).toBeGreaterThan(0);
      expect(answeredDuringBackup[0]).toMatchObject({
        ok: true,
        value: expect.arrayContaining([
          expect.objectContaining({ kind: 'client', title: expect.stringContaining(surname) }),
        ]),
      });

      const result = await backup;
      expect(result).toMatchObject({ ok: true, value: { name: expect.stringMatching(/^waymark-.*\.wmbackup$/) } });
      const listed = await waymark.dispatch('backups.list', {});
      expect(listed).toMatchObject({ ok: true, value: { backups: [{ isVerified: true }] } });
      expect(readdirSync(folder)).toHaveLength(1);
    } finally {
      waymark.close();
    }
  });

  it('take two requests at once one after the other, giving two whole, verified backups', async () => {
    (await practiceVault(200)).lock();
    const { waymark } = makeWaymark({ directory });
    try {
      await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase });
      const [first, second] = await Promise.all([
        waymark.dispatch('backups.runNow', {}),
        waymark.dispatch('backups.runNow', {}),
      ]);
      expect(first).toMatchObject({ ok: true });
      expect(second).toMatchObject({ ok: true });
      const names = [first, second].map((result) => (result as { value: { name: string } }).value.name);
      expect(new Set(names).size).toBe(2);
      expect(readdirSync(folder).sort()).toEqual([...names].sort());
      const listed = (await waymark.dispatch('backups.list', {})) as {
        ok: true;
        value: { backups: { name: string; isVerified: boolean }[] };
      };
      expect(listed.value.backups.map((backup) => backup.isVerified)).toEqual([true, true]);
    } finally {
      waymark.close();
    }
  });

  it('under way at quit are let finish first, leaving no half-written backup', async () => {
    (await practiceVault(1000)).lock();
    const { waymark } = makeWaymark({ directory });
    await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase });
    const first = (await waymark.dispatch('backups.runNow', {})) as { ok: true; value: { name: string } };
    expect(first).toMatchObject({ ok: true });
    const underWay = waymark.dispatch('backups.runNow', {});
    await nextTurnOfEventLoop();
    // Nothing changed since the first backup, so quitting adds none of its own; it must not cut the second off.
    waymark.close();
    const names = readdirSync(folder);
    expect(names).toHaveLength(2);
    expect(names.every((name) => /^waymark-[\d-]+\.wmbackup$/.test(name))).toBe(true);
    expect(await underWay).toMatchObject({ ok: true });
    const second = names.find((name) => name !== first.value.name) ?? '';
    const restored = await restoreBackup(join(folder, second), join(workspace, 'restored'), {
      passphrase: strongPassphrase,
    });
    expect(restored).toMatchObject({ integrity: 'ok', counts: { clients: 1000 } });
  });

  it('that fails in the worker says the vault is damaged and leaves no file looking like a backup', async () => {
    const vault = await practiceVault(300);
    try {
      const stranger = 'waymark-2020-01-01-1000.wmbackup.partial';
      // What a backup cut short by a power cut leaves: cleared by the next backup.
      const leftover = '.waymark-2026-11-22-0900.wmbackup.0123456789ab.writing';
      writeFileSync(join(folder, stranger), 'not mine');
      writeFileSync(join(folder, leftover), 'half a backup');
      vault.database().sqlite.pragma('wal_checkpoint(TRUNCATE)');
      flipByteInMiddlePage(vault.files.database);

      await expect(backupToFolderInWorker(vault)).rejects.toMatchObject({
        code: 'VAULT_DAMAGED',
        message: expect.stringMatching(/damaged.*no backup was made/),
      });
      expect(readdirSync(folder)).toEqual([stranger]);
    } finally {
      vault.lock();
    }
  });
});

function flipByteInMiddlePage(file: string): void {
  const pageSize = 4096;
  const bytes = readFileSync(file);
  const page = Math.floor(bytes.length / pageSize / 2);
  expect(page).toBeGreaterThan(1);
  const offset = page * pageSize + 1000;
  bytes[offset] = (bytes[offset] as number) ^ 0x01;
  writeFileSync(file, bytes);
}
