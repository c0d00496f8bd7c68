// The home screen's line about the last verified backup (built under the backups issue).
export function BackupStatusLine() {
  return null;
}
