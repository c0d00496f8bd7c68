// Automatic backups: before a new version changes the schema, at quit when
// anything changed, and thinned out by the generations without ever touching
// other files in the folder.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupToFolder,
  createBackedUpVault,
  createBackupScheduler,
  restoreBackup,
  saveBackupSettings,
} from '../../main/backup';
import { defaultMigrationsFolder } from '../../main/db/migrations';
import { importRoll } from '../../main/services/roll-import';
import { createVault } from '../../main/vault';
import { makeTempDirectory, makeWaymark, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let workspace: string;
let folder: string;

beforeEach(() => {
  workspace = makeTempDirectory('waymark-auto-backup-');
  folder = join(workspace, 'backups');
  mkdirSync(folder);
});
afterEach(() => removeDirectory(workspace));

async function vaultWithFolder(directory = join(workspace, 'vault')) {
  const vault = createVault({ directory, kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  importRoll(
    vault.database(),
    { organisationName: 'Northfield Academy', csv: 'Surname,Forename,DOB\nJones,Cerys,02/02/2010\n', isDryRun: false },
    contextAt(now),
  );
  saveBackupSettings(vault.database().sqlite, { folder, intervalHours: 4 });
  return vault;
}

/** This build's migrations plus one more, as the next version of Waymark would have. */
function migrationsWithOneMore(): string {
  const migrations = join(workspace, 'migrations');
  cpSync(defaultMigrationsFolder(), migrations, { recursive: true });
  const journalFile = join(migrations, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; when: number; tag: string }[];
  };
  const last = journal.entries.at(-1) as { idx: number; when: number };
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_next_version' });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(join(migrations, '9999_next_version.sql'), 'CREATE TABLE next_version_notes (id integer PRIMARY KEY);');
  return migrations;
}

describe('automatic backups', () => {
  it('are taken before migrations change the schema, holding the vault as it was', async () => {
    const vault = await vaultWithFolder();
    vault.lock();
    expect(readdirSync(folder)).toEqual([]);

    const upgraded = createBackedUpVault({
      directory: vault.files.directory,
      kdf: testKdf,
      migrationsFolder: migrationsWithOneMore(),
    });
    await upgraded.unlock(strongPassphrase);
    expect(
      upgraded.database().sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'next_version_notes'`).get(),
    ).toBeDefined();
    upgraded.lock();

    const [backup] = readdirSync(folder);
    expect(backup).toMatch(/^waymark-\d{4}-\d{2}-\d{2}-\d{4}\.wmbackup$/);
    const restored = await restoreBackup(join(folder, backup as string), join(workspace, 'as-it-was'), {
      passphrase: strongPassphrase,
    });
    expect(restored.counts.clients).toBe(1);
    const asItWas = createVault({
      directory: restored.vault,
      kdf: testKdf,
      migrationsFolder: defaultMigrationsFolder(),
    });
    await asItWas.unlock(strongPassphrase);
    expect(
      asItWas.database().sqlite.prepare(`SELECT name FROM sqlite_master WHERE name = 'next_version_notes'`).get(),
    ).toBeUndefined();
    asItWas.lock();

    // Opening again with nothing pending takes no further backup.
    const again = createBackedUpVault({
      directory: vault.files.directory,
      kdf: testKdf,
      migrationsFolder: join(workspace, 'migrations'),
    });
    await again.unlock(strongPassphrase);
    again.lock();
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('are taken at quit when something changed since the last one, and not otherwise', async () => {
    const { waymark, directory } = makeWaymark({ directory: join(workspace, 'app-vault') });
    expect(
      await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase }),
    ).toMatchObject({ ok: true });
    expect(await waymark.dispatch('backups.configure', { folder, intervalHours: 4 })).toMatchObject({ ok: true });
    expect(await waymark.dispatch('backups.runNow', {})).toMatchObject({ ok: true });
    expect(readdirSync(folder)).toHaveLength(1);

    // Nothing changed since: quitting adds no backup.
    waymark.close();
    expect(readdirSync(folder)).toHaveLength(1);

    const second = makeWaymark({ directory }).waymark;
    expect(await second.dispatch('vault.unlock', { passphrase: strongPassphrase })).toMatchObject({ ok: true });
    expect(await second.dispatch('settings.update', { adviserName: 'Sam Adviser' })).toMatchObject({ ok: true });
    second.close();
    const backups = readdirSync(folder);
    expect(backups).toHaveLength(2);
    const status = makeWaymark({ directory }).waymark;
    await status.dispatch('vault.unlock', { passphrase: strongPassphrase });
    expect(await status.dispatch('backups.status', {})).toMatchObject({
      ok: true,
      value: { folder, lastVerified: { text: expect.stringMatching(/^Last verified backup: /) }, warnings: [] },
    });
    status.close();
  });

  it('are taken soon after unlocking when there is none from today, and not again while nothing changes', async () => {
    const vault = await vaultWithFolder();
    const scheduler = createBackupScheduler(() => vault, { firstCheckMs: 10, checkEveryMs: 20 });
    try {
      scheduler.start();
      await vi.waitFor(() => expect(readdirSync(folder)).toHaveLength(1), { timeout: 10_000 });
      // Several more checks pass: there is a backup from today and the interval has not passed, so none is added.
      await new Promise((resolveWait) => setTimeout(resolveWait, 200));
      expect(readdirSync(folder)).toHaveLength(1);
    } finally {
      scheduler.stop();
      vault.lock();
    }
  });

  it('prune old generations but never a file that is not a Waymark backup', async () => {
    const vault = await vaultWithFolder();
    const strangers = ['thesis.docx', 'waymark-notes.txt', 'waymark-2020-01-01-1000.wmbackup.partial'];
    for (const name of strangers) writeFileSync(join(folder, name), 'not mine');
    for (const name of [
      'waymark-2026-11-23-0800.wmbackup',
      'waymark-2026-11-23-0900.wmbackup',
      'waymark-2026-11-23-0930.wmbackup',
      'waymark-2024-01-01-1000.wmbackup',
    ]) {
      writeFileSync(join(folder, name), 'an old backup');
    }
    const report = backupToFolder(vault, { now });
    expect(report.pruned.sort()).toEqual(['waymark-2024-01-01-1000.wmbackup', 'waymark-2026-11-23-0800.wmbackup']);
    expect(readdirSync(folder).sort()).toEqual(
      [...strangers, 'waymark-2026-11-23-0900.wmbackup', 'waymark-2026-11-23-0930.wmbackup', report.name].sort(),
    );
    for (const name of strangers) expect(existsSync(join(folder, name))).toBe(true);
    vault.lock();
  });
});
