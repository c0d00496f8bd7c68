// Before a new version of Waymark changes the vault's schema, a verified
// backup of the vault as it was goes into the adviser's backup folder.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';
import { createLogger } from '../log';
import { createVault, type VaultOptions } from '../vault';
import { writeVerifiedBackup, type BackupSource } from './backup';
import { backupFileName } from './naming';
import { readBackupRecord, recordVerifiedBackup } from './settings';

const log = createLogger('backup');

/** Beside the vault, for when the backup folder cannot be reached (a USB stick left at the office). */
export const fallbackFolderName = 'backups-before-update';

/**
 * Returns the file written, or undefined when no backup folder is set. When the
 * folder cannot be written, the backup goes beside the vault instead: a failed
 * upgrade can still be undone, and the adviser is not locked out. Only when
 * both fail does the upgrade stop, with nothing changed. On the main thread,
 * deliberately: it runs inside unlock, on the connection about to be migrated,
 * before the vault is open to anything else, so there is nothing to keep answering.
 */
export function backupBeforeMigrations(source: BackupSource, now = new Date()): string | undefined {
  const { folder } = readBackupRecord(source.sqlite);
  if (!folder) return undefined;
  try {
    const file = writeInto(folder, source, now);
    recordVerifiedBackup(source.sqlite, now.toISOString(), basename(file));
    log.info('backed up before updating the vault');
    return file;
  } catch {
    log.warn('backup before updating the vault could not reach the backup folder; backing up beside the vault');
  }
  const beside = join(dirname(source.keyFile), fallbackFolderName);
  try {
    mkdirSync(beside, { recursive: true, mode: 0o700 });
    return writeInto(beside, source, now);
  } catch (error) {
    throw new AppError(
      'VALIDATION',
      'Waymark needs to update the vault, but could not back it up first, so nothing was changed. Check the backup folder (is the USB stick plugged in?) and unlock again.',
      { cause: error },
    );
  }
}

function writeInto(folder: string, source: BackupSource, now: Date): string {
  const file = join(
    folder,
    backupFileName(now, (name) => existsSync(join(folder, name))),
  );
  writeVerifiedBackup(source, file, now);
  return file;
}

/** The vault as the app opens it: backed up into the backup folder before a new version changes its schema. */
export function createBackedUpVault(options: Omit<VaultOptions, 'beforeMigrations'>) {
  return createVault({ ...options, beforeMigrations: (source) => void backupBeforeMigrations(source) });
}
