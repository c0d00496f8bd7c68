// The backup room's door.
export { backupBeforeMigrations, createBackedUpVault, fallbackFolderName } from './before-migrations';
export { makeBackup, verifyBackupFile, writeVerifiedBackup, type BackupReport } from './backup';
export { isBackupRunning, makeBackupInWorker, waitForBackupWorkers } from './in-worker';
export { useBackupNativeBinding } from './runtime';
export { restoreBackup, type RestoreReport, type RestoreSecret } from './restore';
export { decodeBackup } from './format';
export {
  assertUsableFolder,
  backupPath,
  createBackupFolder,
  backupToFolder,
  backupToFolderInWorker,
  listBackups,
  type FolderBackupReport,
  type ListedBackup,
} from './folder';
export { restoreDamagedVault, restoreReplacingVault, type InPlaceRestoreReport } from './restore-in-place';
export {
  backupOnQuit,
  backupOnQuitInWorker,
  createBackupScheduler,
  isBackupDue,
  type BackupScheduler,
} from './schedule';
export { backupWarnings, cloudSyncService, describeLastBackup, type BackupWarning } from './status';
export { readBackupRecord, saveBackupSettings } from './settings';
