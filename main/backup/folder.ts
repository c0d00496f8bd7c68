// Backups into the adviser's chosen folder: named by time, verified, recorded
// in the vault, and thinned out by the generation rules. Only files named like
// Waymark backups are ever listed or pruned; nothing else in the folder is touched.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { todayInLondon } from '../../shared/dates';
import { AppError } from '../errors';
import { createLogger } from '../log';
import type { Vault } from '../vault';
import { makeBackup, type BackupReport } from './backup';
import { chooseGenerations } from './generations';
import { backupFileName, compareNewestFirst, parseBackupFileName, type NamedBackup } from './naming';
import { markBackedUp } from './changes';
import { readBackupRecord, recordFailedBackup, recordVerifiedBackup } from './settings';

const log = createLogger('backup');

export type FolderBackupReport = BackupReport & { name: string; pruned: string[] };
export type ListedBackup = { name: string; date: string; time: string; bytes: number; isVerified: boolean };

export function assertUsableFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new AppError('VALIDATION', 'Give the full path of the backup folder, for example E:\\Waymark backups or /Volumes/USB/Waymark.');
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new AppError('NOT_FOUND', 'That backup folder is not there. Check the USB stick or drive is connected, or create the folder first.');
}

/** The configured folder, or a plain error saying none is set. */
export function backupFolder(vault: Vault): string {
  const { folder } = readBackupRecord(vault.database().sqlite);
  if (!folder) throw new AppError('VALIDATION', 'Choose a folder for backups first.');
  return folder;
}

/**
 * Writes a verified backup into the backup folder and records it. `isPruning`
 * is off for the safety backup before a restore, so the backup about to be
 * restored can never be pruned away by it.
 */
export function backupToFolder(vault: Vault, options: { now?: Date; isPruning?: boolean } = {}): FolderBackupReport {
  const now = options.now ?? new Date();
  const { sqlite } = vault.database();
  const folder = backupFolder(vault);
  try {
    assertUsableFolder(folder);
    const name = backupFileName(now, (candidate) => existsSync(join(folder, candidate)));
    const report = makeBackup(vault, join(folder, name), now);
    recordVerifiedBackup(sqlite, report.createdAt, name);
    markBackedUp(sqlite);
    const pruned = options.isPruning === false ? [] : pruneBackups(folder, now);
    log.info('backup written and verified', { pruned: pruned.length });
    return { ...report, name, pruned };
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'Something went wrong while backing up.';
    recordFailedBackup(sqlite, now.toISOString(), message);
    throw error;
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
        return [{ name: backup.name, date: backup.date, time: backup.time, bytes: statSync(join(folder, backup.name)).size, isVerified: verified.has(backup.name) }];
      } catch {
        return [];
      }
    });
}

/** The path of a backup in the folder, from a name the renderer sent back (never a path). */
export function backupPath(folder: string, name: string): string {
  if (!parseBackupFileName(name)) throw new AppError('VALIDATION', 'That is not one of the backups in the backup folder.');
  const file = join(folder, name);
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'That backup is no longer in the backup folder.');
  return file;
}

