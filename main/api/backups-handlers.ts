// Handlers for backups and restore.
import type { BackupStatus, RestoreReport } from '../../shared/contract/backups';
import type { backupsChannels } from '../../shared/contract/backups';
import {
  assertUsableFolder,
  createBackupFolder,
  backupPath,
  backupToFolderInWorker,
  backupWarnings,
  describeLastBackup,
  listBackups,
  readBackupRecord,
  restoreDamagedVault,
  restoreReplacingVault,
  saveBackupSettings,
  type InPlaceRestoreReport,
} from '../backup';
import { AppError } from '../errors';
import type { Vault } from '../vault';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function backupStatus(vault: Vault, now = new Date()): BackupStatus {
  const record = readBackupRecord(vault.database().sqlite);
  return {
    folder: record.folder ?? null,
    intervalHours: record.intervalHours,
    lastVerified: record.lastVerified
      ? { at: record.lastVerified.at, text: describeLastBackup(record.lastVerified.at) }
      : null,
    warnings: backupWarnings({
      vaultDirectory: vault.files.directory,
      folder: record.folder,
      lastVerifiedAt: record.lastVerified?.at,
      lastFailure: record.lastFailure,
      now,
    }),
  };
}

function toContract(report: InPlaceRestoreReport): RestoreReport {
  return { ...report, counts: { ...report.counts } };
}

export function backupsHandlers({ vault }: HandlerContext): HandlerGroup<typeof backupsChannels> {
  const folderOf = (current: Vault) => {
    const { folder } = readBackupRecord(current.database().sqlite);
    if (!folder) throw new AppError('VALIDATION', 'Choose a folder for backups first.');
    return folder;
  };
  return {
    'backups.status': () => backupStatus(vault()),
    'backups.configure': ({ folder, intervalHours, isCreatingFolder }) => {
      if (isCreatingFolder) createBackupFolder(folder);
      assertUsableFolder(folder);
      saveBackupSettings(vault().database().sqlite, { folder, intervalHours });
      return backupStatus(vault());
    },
    'backups.list': () => {
      const record = readBackupRecord(vault().database().sqlite);
      return { backups: record.folder ? listBackups(record.folder, record.verifiedFiles) : [] };
    },
    // In a worker: autosave and search keep answering while a large vault is backed up.
    // A backup already running (the scheduled one) is waited for, then this one runs.
    'backups.runNow': async () => {
      const report = await backupToFolderInWorker(vault());
      return {
        name: report.name,
        bytes: report.bytes,
        createdAt: report.createdAt,
        pruned: report.pruned.length,
        lastVerifiedText: describeLastBackup(report.createdAt),
      };
    },
    'backups.restore': async ({ name, passphrase }) => {
      const current = vault();
      return toContract(await restoreReplacingVault(current, backupPath(folderOf(current), name), passphrase));
    },
    'backups.restoreDamaged': async ({ file, passphrase }) =>
      toContract(await restoreDamagedVault(vault(), file, passphrase)),
  };
}
