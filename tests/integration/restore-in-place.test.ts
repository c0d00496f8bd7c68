// Restoring a backup over the vault in use: a safety backup first, erasures
// made since the backup applied again (no erased person comes back), and a
// report of what was restored.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupToFolder, restoreReplacingVault, saveBackupSettings } from '../../main/backup';
import { saveNotes, startInterview } from '../../main/services/interviews';
import { eraseClient } from '../../main/services/erasure';
import type { Vault } from '../../main/vault';
import { createVault } from '../../main/vault';
import {
  decryptedVaultContains,
  filesContaining,
  makeVaultWithRoll,
  removeDirectory,
  strongPassphrase,
  testKdf,
} from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const canary = 'Zyxwvuts-Canary';
let vault: Vault;
let folder: string;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll(
    `UPN,Surname,Forename,DOB\nQ123456789012,${canary},Mairéad,01/01/2010\nJ111111111111,Jones,Cerys,02/02/2010\n`,
    now,
  );
  vault = made.vault;
  clientId = made.clientIdOf(canary);
  const interview = startInterview(made.open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
  saveNotes(made.open, interview.id, 0, 'Mairéad hopes to study Quokkanomics at university', now);
  folder = join(vault.files.directory, '..', 'backups');
  mkdirSync(folder);
  saveBackupSettings(made.open.sqlite, { folder, intervalHours: 4 });
});
afterEach(() => {
  vault.lock();
  removeDirectory(join(vault.files.directory, '..'));
});

const clientSurnames = (current: Vault) =>
  (
    current.database().sqlite.prepare('SELECT surname FROM clients ORDER BY surname').all() as { surname: string }[]
  ).map((row) => row.surname);

describe('restoring a backup over the vault in use', () => {
  it('erases again the people erased since the backup, keeps their tombstone, and leaves no trace of them', async () => {
    const old = backupToFolder(vault, { now: new Date('2026-11-23T09:00:00Z') });
    const { tombstone } = eraseClient(vault.database(), clientId, 'Request under Article 17');

    const report = await restoreReplacingVault(vault, join(folder, old.name), strongPassphrase);

    expect(report).toMatchObject({
      backupCreatedAt: '2026-11-23T09:00:00.000Z',
      erasedAgain: 1,
      tombstonesCopied: 1,
      isPassphraseFromBackup: false,
    });
    expect(report.counts.clients).toBe(1);
    expect(clientSurnames(vault)).toEqual(['Jones']);
    const tombstones = vault
      .database()
      .sqlite.prepare(`SELECT detail FROM audit_events WHERE action = 'client.erased'`)
      .all() as { detail: string }[];
    expect(tombstones.map((row) => JSON.parse(row.detail).tombstone)).toEqual([tombstone]);
    // The safety backup of the vault as it was is in the folder, beside the one restored.
    expect(report.safetyBackup).toBeDefined();
    expect(readdirSync(folder).sort()).toEqual([old.name, report.safetyBackup].sort());
    // The vault still opens with its passphrase after locking.
    vault.lock();
    const reopened = createVault({ directory: vault.files.directory, kdf: testKdf });
    await reopened.unlock(strongPassphrase);
    expect(clientSurnames(reopened)).toEqual(['Jones']);
    const dataKey = Buffer.from(reopened.dataKey());
    reopened.lock();
    for (const text of [canary, 'Quokkanomics', 'Q123456789012']) {
      expect(filesContaining(vault.files.directory, text), text).toEqual([]);
      expect(decryptedVaultContains(vault.files.database, dataKey, text), text).toBe(false);
    }
    await vault.unlock(strongPassphrase);
  });

  it('brings back records added since being lost, and keeps the backup settings as they are now', async () => {
    const old = backupToFolder(vault, { now: new Date('2026-11-23T09:00:00Z') });
    vault.database().sqlite.prepare(`DELETE FROM interview_notes`).run();
    const report = await restoreReplacingVault(vault, join(folder, old.name), strongPassphrase);
    expect(report.erasedAgain).toBe(0);
    expect(
      (vault.database().sqlite.prepare('SELECT count(*) AS total FROM interview_notes').get() as { total: number })
        .total,
    ).toBe(1);
    expect(
      (
        vault.database().sqlite.prepare(`SELECT value FROM settings WHERE key = 'backups.lastVerified'`).get() as {
          value: string;
        }
      ).value,
    ).toContain(report.safetyBackup);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const old = backupToFolder(vault, { now: new Date('2026-11-23T09:00:00Z') });
    eraseClient(vault.database(), clientId, 'Request under Article 17');
    await expect(
      restoreReplacingVault(vault, join(folder, old.name), 'not the passphrase at all'),
    ).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(clientSurnames(vault)).toEqual(['Jones']);
    expect(readdirSync(folder)).toEqual([old.name]);
    expect(readdirSync(vault.files.directory).some((name) => name.includes('restoring'))).toBe(false);
    expect(existsSync(vault.files.database)).toBe(true);
  });
});
