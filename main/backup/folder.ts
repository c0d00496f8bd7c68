// Backups into the adviser's chosen folder: named by time, verified, recorded
// in the vault, and thinned out by the generation rules. Only files named like
// Waymark backups are ever listed or pruned; nothing else in the folder is touched.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { todayInLondon } from '../../shared/dates';
import { AppError } from '../errors';
import { createLogger } from '../log';
import type { Vault } from '../vault';
import { isLeftoverStagingFile, makeBackup, withCounts, type BackupReport } from './backup';
import { chooseGenerations } from './generations';
import { backupFileName, compareNewestFirst, parseBackupFileName, type NamedBackup } from './naming';
import { changeCount, markBackedUp } from './changes';
import { oneBackupAtATime, runBackupWorker, waitForBackupWorkers } from './in-worker';
import { readBackupRecord, recordFailedBackup, recordVerifiedBackup } from './settings';

const log = createLogger('backup');

export type FolderBackupReport = BackupReport & { name: string; pruned: string[] };
export type ListedBackup = { name: string; date: string; time: string; bytes: number; isVerified: boolean };

export function assertUsableFolder(folder: string): void {
  assertFullPath(folder);
  if (!isFolder(folder))
    throw new AppError(
      'NOT_FOUND',
      'That backup folder is not there. Check the USB stick or drive is connected, or create the folder.',
    );
}

/**
 * Makes the backup folder the adviser asked for. Only its last part: were the
 * drive it belongs on not connected, a whole path made on this computer's own
 * disk would put the backups beside the vault they are meant to survive.
 */
export function createBackupFolder(folder: string): void {
  assertFullPath(folder);
  if (isFolder(folder)) return;
  if (!isFolder(dirname(folder))) {
    throw new AppError(
      'NOT_FOUND',
      `The folder it would go in (${dirname(folder)}) is not there either. Check the USB stick or drive is connected.`,
    );
  }
  try {
    mkdirSync(folder, { mode: 0o700 });
  } catch {
    throw new AppError(
      'INTERNAL',
      'Waymark could not create that folder. Check the drive is not full or read-only, or create the folder yourself.',
    );
  }
}

function assertFullPath(folder: string): void {
  if (!isAbsolute(folder))
    throw new AppError(
      'VALIDATION',
      'Give the full path of the backup folder, for example E:\\Waymark backups or /Volumes/USB/Waymark.',
    );
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The configured folder, or a plain error saying none is set. */
export function backupFolder(vault: Vault): string {
  const { folder } = readBackupRecord(vault.database().sqlite);
  if (!folder) throw new AppError('VALIDATION', 'Choose a folder for backups first.');
  return folder;
}

export type FolderBackupOptions = { now?: Date; isPruning?: boolean };

/**
 * Writes a verified backup into the backup folder and records it, on the main
 * thread: only at quit, when nothing else is waiting. Waits first for a backup
 * running in a worker, so two never run at once. `isPruning` is off for the
 * safety backup before a restore, so the backup about to be restored can never
 * be pruned away by it.
 */
export function backupToFolder(vault: Vault, options: FolderBackupOptions = {}): FolderBackupReport {
  waitForBackupWorkers(vault);
  return backupIntoFolder(vault, options, (outFile, now) => makeBackup(vault, outFile, now));
}

/** The same, in a worker thread: the app keeps answering meanwhile. One at a time; a second request waits its turn. */
export function backupToFolderInWorker(vault: Vault, options: FolderBackupOptions = {}): Promise<FolderBackupReport> {
  return oneBackupAtATime(vault, () => backupToFolderWhileHeld(vault, options));
}

/** For a caller that already holds the vault's turn (a restore, which must not be interleaved with a backup). */
export function backupToFolderWhileHeld(vault: Vault, options: FolderBackupOptions = {}): Promise<FolderBackupReport> {
  return backupIntoFolder(vault, options, async (outFile, now) =>
    withCounts(await runBackupWorker(vault, outFile, now)),
  );
}

function backupIntoFolder(
  vault: Vault,
  options: FolderBackupOptions,
  write: (outFile: string, now: Date) => BackupReport,
): FolderBackupReport;
function backupIntoFolder(
  vault: Vault,
  options: FolderBackupOptions,
  write: (outFile: string, now: Date) => Promise<BackupReport>,
): Promise<FolderBackupReport>;
function backupIntoFolder(
  vault: Vault,
  options: FolderBackupOptions,
  write: (outFile: string, now: Date) => BackupReport | Promise<BackupReport>,
): FolderBackupReport | Promise<FolderBackupReport> {
  const now = options.now ?? new Date();
  const { sqlite } = vault.database();
  const folder = backupFolder(vault);
  // Changes made while a worker copies are not in its backup: only those before it count as backed up.
  const changesAtStart = changeCount(sqlite);
  // The record lives in the vault: it can only be written while this same connection is open.
  const isStillOpen = () => vault.state() === 'unlocked' && vault.database().sqlite === sqlite;
  const fail = (error: unknown): never => {
    const message = error instanceof AppError ? error.message : 'Something went wrong while backing up.';
    if (isStillOpen()) recordFailedBackup(sqlite, now.toISOString(), message);
    throw error;
  };
  const finish = (report: BackupReport, name: string): FolderBackupReport => {
    if (!isStillOpen()) {
      log.info('backup written and verified after the vault was locked; it is not in the record');
      return { ...report, name, pruned: [] };
    }
    const beforeRecord = changeCount(sqlite);
    recordVerifiedBackup(sqlite, report.createdAt, name);
    markBackedUp(sqlite, changesAtStart + changeCount(sqlite) - beforeRecord);
    const pruned = options.isPruning === false ? [] : pruneBackups(folder, now);
    log.info('backup written and verified', { pruned: pruned.length });
    return { ...report, name, pruned };
  };
  let name: string;
  let written: BackupReport | Promise<BackupReport>;
  try {
    assertUsableFolder(folder);
    removeLeftoverStagingFiles(folder);
    name = backupFileName(now, (candidate) => existsSync(join(folder, candidate)));
    written = write(join(folder, name), now);
  } catch (error) {
    return fail(error);
  }
  if (written instanceof Promise) {
    const chosen = name;
    return written.then((report) => finish(report, chosen)).catch(fail);
  }
  try {
    return finish(written, name);
  } catch (error) {
    return fail(error);
  }
}

/** Staging files of backups cut short by a crash or power cut: never backups, so never listed, but not left to pile up. */
function removeLeftoverStagingFiles(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (!isLeftoverStagingFile(name)) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      log.warn('could not remove a backup left unfinished');
    }
  }
}

/** Deletes the backups the generation rules no longer need; returns their names. */
export function pruneBackups(folder: string, now: Date): string[] {
  const { prune } = chooseGenerations(readdirSync(folder), todayInLondon(now));
  const removed: string[] = [];
  for (const name of prune) {
    // Belt and braces: the rules only ever name backup files, but check again before deleting.
    if (!parseBackupFileName(name)) continue;
    try {
      rmSync(join(folder, name));
      removed.push(name);
    } catch {
      log.warn('could not prune an old backup');
    }
  }
  return removed;
}

export function listBackups(folder: string, verifiedFiles: string[]): ListedBackup[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const verified = new Set(verifiedFiles);
  return names
    .map(parseBackupFileName)
    .filter((backup): backup is NamedBackup => backup !== undefined)
    .sort(compareNewestFirst)
    .flatMap((backup) => {
      try {
        return [
          {
            name: backup.name,
            date: backup.date,
            time: backup.time,
            bytes: statSync(join(folder, backup.name)).size,
            isVerified: verified.has(backup.name),
          },
        ];
      } catch {
        return [];
      }
    });
}

/** The path of a backup in the folder, from a name the renderer sent back (never a path). */
export function backupPath(folder: string, name: string): string {
  if (!parseBackupFileName(name))
    throw new AppError('VALIDATION', 'That is not one of the backups in the backup folder.');
  const file = join(folder, name);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'That backup is no longer in the backup folder.');
  return file;
}
