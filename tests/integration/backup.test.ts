// Backups: a consistent, encrypted, verified snapshot that restores on a fresh
// folder with the passphrase or the recovery code, even while the vault is being written.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBackup, makeBackupInWorker, restoreBackup } from '../../main/backup';
import { saveNotes, startInterview } from '../../main/services/interviews';
import { importRoll } from '../../main/services/roll-import';
import { createVault, type Vault } from '../../main/vault';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const canary = 'Siân Canary-Wiśniewska';
let vault: Vault;
let recoveryCode: string;
let workspace: string;
let interviewId: string;

beforeEach(async () => {
  workspace = makeTempDirectory('waymark-backup-');
  vault = makeVault({ directory: join(workspace, 'vault') });
  ({ recoveryCode } = await vault.create(strongPassphrase, strongPassphrase));
  const open = vault.database();
  importRoll(
    open,
    {
      organisationName: 'Northfield Academy',
      csv: `Surname,Forename,DOB\nCanary-Wiśniewska,Siân,01/01/2010\nJones,Cerys,02/02/2010\n`,
      isDryRun: false,
    },
    contextAt(now),
  );
  const clientId = (open.sqlite.prepare('SELECT id FROM clients ORDER BY surname LIMIT 1').get() as { id: string }).id;
  interviewId = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now)).id;
  saveNotes(open, interviewId, 0, `${canary} wants to be a midwife`, now);
});
afterEach(() => {
  vault.lock();
  removeDirectory(workspace);
});

describe('backups', () => {
  it('are taken while another process writes, hold no plaintext, and restore with the same counts', async () => {
    const typist = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/note-typist.ts', vault.files.directory, strongPassphrase, interviewId],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, WAYMARK_LOG_LEVEL: 'warn' } },
    );
    await new Promise((resolveStart) => typist.stdout.once('data', resolveStart));
    let report;
    try {
      // In a worker thread on a connection of its own, as 'Back up now' and the CLI make them.
      report = await makeBackupInWorker(vault, join(workspace, 'backup.waymark-backup'), now);
    } finally {
      typist.kill('SIGKILL');
    }
    expect(report.integrity).toBe('ok');
    expect(report.counts).toMatchObject({ schools: 1, clients: 2, interviews: 1 });
    const backupBytes = readFileSync(report.file);
    for (const text of [canary, 'midwife', 'Northfield']) {
      expect(backupBytes.includes(Buffer.from(text, 'utf8'))).toBe(false);
      expect(backupBytes.includes(Buffer.from(text, 'utf16le'))).toBe(false);
    }

    const restored = await restoreBackup(report.file, join(workspace, 'restored'), { passphrase: strongPassphrase });
    expect(restored).toMatchObject({ integrity: 'ok', counts: report.counts });
    const reopened = createVault({ directory: restored.vault, kdf: testKdf });
    await reopened.unlock(strongPassphrase);
    expect(
      (
        reopened
          .database()
          .sqlite.prepare(`SELECT forename FROM clients WHERE surname = 'Canary-Wiśniewska'`)
          .get() as { forename: string }
      ).forename,
    ).toBe('Siân');
    reopened.lock();
  }, 60_000);

  it('restore on another computer with the recovery code instead of the passphrase', async () => {
    const { file } = makeBackup(vault, join(workspace, 'backup.waymark-backup'), now);
    const restored = await restoreBackup(file, join(workspace, 'elsewhere'), {
      recoveryCode: recoveryCode.toLowerCase(),
    });
    expect(restored.counts.clients).toBe(2);
  });

  it('refuse a wrong passphrase and write nothing', async () => {
    const { file } = makeBackup(vault, join(workspace, 'backup.waymark-backup'), now);
    await expect(
      restoreBackup(file, join(workspace, 'restored'), { passphrase: 'not the right passphrase at all' }),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(existsSync(join(workspace, 'restored'))).toBe(false);
  });

  it('detect a damaged backup and write nothing', async () => {
    const { file } = makeBackup(vault, join(workspace, 'backup.waymark-backup'), now);
    const bytes = readFileSync(file);
    bytes[bytes.length - 2000] = (bytes[bytes.length - 2000] as number) ^ 0xff;
    writeFileSync(file, bytes);
    await expect(
      restoreBackup(file, join(workspace, 'restored'), { passphrase: strongPassphrase }),
    ).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    expect(existsSync(join(workspace, 'restored'))).toBe(false);
  });

  it('refuse a file that is not a backup, and a folder that is not empty', async () => {
    const other = join(workspace, 'not-a-backup.txt');
    writeFileSync(other, 'hello');
    await expect(
      restoreBackup(other, join(workspace, 'restored'), { passphrase: strongPassphrase }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const { file } = makeBackup(vault, join(workspace, 'backup.waymark-backup'), now);
    await expect(restoreBackup(file, vault.files.directory, { passphrase: strongPassphrase })).rejects.toMatchObject({
      code: 'VAULT_EXISTS',
    });
  });
});
