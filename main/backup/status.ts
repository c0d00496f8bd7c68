// What the status line says about backups: the last verified one, quietly,
// or a warning the adviser should act on. Pure, so it can be tested with
// made-up dates and paths.
import { formatUkDate } from '../../shared/dates';
import { localStamp } from './naming';

export type BackupWarningKind =
  'no-folder' | 'none-yet' | 'overdue' | 'last-failed' | 'vault-in-cloud' | 'folder-in-cloud';
export type BackupWarning = { kind: BackupWarningKind; message: string };

export const overdueAfterDays = 7;
const dayMs = 24 * 60 * 60 * 1000;

const cloudFolders: { service: string; pattern: RegExp }[] = [
  { service: 'OneDrive', pattern: /(^|[\\/])OneDrive([ -][^\\/]*)?([\\/]|$)/i },
  { service: 'Dropbox', pattern: /(^|[\\/])Dropbox([ -(][^\\/]*)?([\\/]|$)/i },
  { service: 'iCloud Drive', pattern: /(^|[\\/])(iCloud ?Drive|Mobile Documents)([\\/]|$)/i },
  {
    service: 'Google Drive',
    pattern: /(^|[\\/])(Google ?Drive|My Drive|CloudStorage[\\/]GoogleDrive[^\\/]*)([\\/]|$)/i,
  },
];

/** The sync service a folder sits in (OneDrive, Dropbox, iCloud Drive, Google Drive), if any. */
export function cloudSyncService(path: string): string | undefined {
  return cloudFolders.find(({ pattern }) => pattern.test(path))?.service;
}

/** "Last verified backup: 23 November 2026, 17:52" (UK time). */
export function describeLastBackup(at: string): string {
  const { date, time } = localStamp(new Date(at));
  return `Last verified backup: ${formatUkDate(date)}, ${time}`;
}

export type BackupFacts = {
  vaultDirectory: string;
  folder: string | undefined;
  lastVerifiedAt: string | undefined;
  lastFailure: { at: string; message: string } | undefined;
  now: Date;
};

export function backupWarnings({
  vaultDirectory,
  folder,
  lastVerifiedAt,
  lastFailure,
  now,
}: BackupFacts): BackupWarning[] {
  const warnings: BackupWarning[] = [];
  if (!folder) {
    warnings.push({
      kind: 'no-folder',
      message: 'No backup yet: choose a folder for backups, such as an encrypted USB stick.',
    });
  } else if (!lastVerifiedAt) {
    warnings.push({ kind: 'none-yet', message: 'No backup yet: back up now.' });
  } else {
    const days = Math.floor((now.getTime() - new Date(lastVerifiedAt).getTime()) / dayMs);
    if (days >= overdueAfterDays) {
      warnings.push({
        kind: 'overdue',
        message: `No backup for ${days} days. Back up now, and check the backup folder is there (a USB stick may be unplugged).`,
      });
    }
  }
  if (folder && lastFailure && (!lastVerifiedAt || lastFailure.at > lastVerifiedAt)) {
    warnings.push({ kind: 'last-failed', message: `The last backup failed: ${lastFailure.message}` });
  }
  const vaultService = cloudSyncService(vaultDirectory);
  if (vaultService) {
    warnings.push({
      kind: 'vault-in-cloud',
      message: `Your vault is in a ${vaultService} folder. Syncing can damage a database while it is in use: move the vault to a folder that is not synced.`,
    });
  }
  const folderService = folder ? cloudSyncService(folder) : undefined;
  if (folderService) {
    warnings.push({
      kind: 'folder-in-cloud',
      message: `The backup folder is in ${folderService}. Backups are encrypted, but they then leave this computer: prefer a USB stick or a folder that is not synced.`,
    });
  }
  return warnings;
}
