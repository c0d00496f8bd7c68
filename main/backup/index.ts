// The backup room's door.
export { makeBackup, verifyBackupFile, type BackupReport } from './backup';
export { restoreBackup, type RestoreReport, type RestoreSecret } from './restore';
export { decodeBackup } from './format';
