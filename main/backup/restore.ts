// Restores a backup into a new vault folder, on this computer or another, with
// the passphrase or the recovery code it was made with. A wrong secret writes
// nothing; the new folder appears only once the restored vault has been checked.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { normaliseRecoveryCode } from '../../shared/recovery-code';
import { AppError } from '../errors';
import type { RecordCounts } from '../services/inventory';
import { unwrapDataKey } from '../vault/key-file';
import { vaultFiles } from '../vault/paths';
import { writeKeyFile } from '../vault/key-file';
import { checkDatabaseBytes } from './backup';
import { decodeBackup } from './format';

export type RestoreReport = { vault: string; backupCreatedAt: string; integrity: string; counts: RecordCounts };
export type RestoreSecret = { passphrase: string } | { recoveryCode: string };

export async function restoreBackup(from: string, directory: string, secret: RestoreSecret): Promise<RestoreReport> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(from);
  } catch {
    throw new AppError('NOT_FOUND', `Could not read the backup ${from}. Check the file name.`);
  }
  const target = resolve(directory);
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new AppError(
      'VAULT_EXISTS',
      'Restore into a new, empty folder: this one already has files in it. Nothing was changed.',
    );
  }
  const backup = decodeBackup(bytes);
  const dataKey =
    'passphrase' in secret
      ? await unwrapDataKey(backup.keyFile.passphrase, secret.passphrase, 'passphrase')
      : await unwrapDataKey(backup.keyFile.recoveryCode, normaliseRecoveryCode(secret.recoveryCode), 'recoveryCode');
  if (!dataKey) {
    throw 'passphrase' in secret
      ? new AppError('WRONG_PASSPHRASE', 'That is not the passphrase this backup was made with. Nothing was restored.')
      : new AppError('WRONG_RECOVERY_CODE', 'That is not the recovery code for this backup. Nothing was restored.');
  }
  try {
    const checked = checkDatabaseBytes(backup.database, dataKey);
    // Build the vault beside its final place, then move it in whole.
    const staging = join(dirname(target), `.${basename(target)}.restoring-${randomBytes(4).toString('hex')}`);
    mkdirSync(staging, { recursive: true, mode: 0o700 });
    try {
      const files = vaultFiles(staging);
      writeFileSync(files.database, backup.database, { mode: 0o600 });
      writeKeyFile(files.keyFile, backup.keyFile);
      if (existsSync(target)) rmSync(target, { recursive: true });
      renameSync(staging, target);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    return { vault: target, backupCreatedAt: backup.createdAt, ...checked };
  } finally {
    dataKey.fill(0);
  }
}
