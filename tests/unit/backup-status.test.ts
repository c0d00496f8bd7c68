// The backup status line's warnings and when an automatic backup is due.
import { describe, expect, it } from 'vitest';
import { isBackupDue } from '../../main/backup/schedule';
import { backupWarnings, cloudSyncService, describeLastBackup, type BackupFacts } from '../../main/backup/status';

const now = new Date('2026-11-23T17:52:00Z');
const facts: BackupFacts = {
  vaultDirectory: '/home/adviser/.config/Waymark/vault',
  folder: '/media/usb/Waymark',
  lastVerifiedAt: '2026-11-23T09:00:00Z',
  lastFailure: undefined,
  now,
};
const kinds = (overrides: Partial<BackupFacts>) =>
  backupWarnings({ ...facts, ...overrides }).map((warning) => warning.kind);

describe('backup status', () => {
  it('says when the last verified backup was, in UK time', () => {
    expect(describeLastBackup('2026-11-23T17:52:00Z')).toBe('Last verified backup: 23 November 2026, 17:52');
    expect(describeLastBackup('2026-07-01T16:52:00Z')).toBe('Last verified backup: 1 July 2026, 17:52');
  });

  it('is quiet after a recent backup', () => {
    expect(kinds({})).toEqual([]);
  });

  it('warns when no folder is chosen, when there has been no backup, and after 7 days without one', () => {
    expect(kinds({ folder: undefined })).toEqual(['no-folder']);
    expect(backupWarnings({ ...facts, folder: undefined })[0]?.message).toMatch(/^No backup yet: choose a folder/);
    expect(kinds({ lastVerifiedAt: undefined })).toEqual(['none-yet']);
    expect(kinds({ lastVerifiedAt: '2026-11-16T18:00:00Z' })).toEqual([]);
    expect(kinds({ lastVerifiedAt: '2026-11-16T17:00:00Z' })).toEqual(['overdue']);
  });

  it('warns when the last backup failed after the last good one', () => {
    expect(kinds({ lastFailure: { at: '2026-11-23T12:00:00Z', message: 'The folder is not there.' } })).toEqual([
      'last-failed',
    ]);
    expect(kinds({ lastFailure: { at: '2026-11-22T12:00:00Z', message: 'The folder is not there.' } })).toEqual([]);
  });

  it('recognises cloud-sync folders on Windows, macOS and Linux', () => {
    expect(cloudSyncService('C:\\Users\\sam\\OneDrive - Northfield Academy\\Waymark')).toBe('OneDrive');
    expect(cloudSyncService('C:\\Users\\sam\\OneDrive\\Documents')).toBe('OneDrive');
    expect(cloudSyncService('/Users/sam/Dropbox (Personal)/backups')).toBe('Dropbox');
    expect(cloudSyncService('/home/sam/Dropbox/Waymark')).toBe('Dropbox');
    expect(cloudSyncService('/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/Waymark')).toBe('iCloud Drive');
    expect(cloudSyncService('C:\\Users\\sam\\iCloudDrive\\Waymark')).toBe('iCloud Drive');
    expect(cloudSyncService('G:\\My Drive\\Waymark')).toBe('Google Drive');
    expect(cloudSyncService('/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/W')).toBe(
      'Google Drive',
    );
    expect(cloudSyncService('C:\\Users\\sam\\Google Drive\\Waymark')).toBe('Google Drive');
    expect(cloudSyncService('/media/sam/USB STICK/Waymark')).toBeUndefined();
    expect(cloudSyncService('/home/sam/dropboxes-old/notes')).toBeUndefined();
  });

  it('warns when the vault or the backup folder is in a cloud-sync folder', () => {
    expect(kinds({ vaultDirectory: 'C:\\Users\\sam\\OneDrive\\Waymark\\vault' })).toEqual(['vault-in-cloud']);
    expect(kinds({ folder: '/Users/sam/Dropbox/Waymark backups' })).toEqual(['folder-in-cloud']);
  });
});

describe('automatic backups', () => {
  const due = { now, folder: '/media/usb', lastVerifiedAt: '2026-11-23T15:00:00Z', intervalHours: 4, hasChanges: true };
  it('are due when none has been made, or none today', () => {
    expect(isBackupDue({ ...due, lastVerifiedAt: undefined })).toBe(true);
    expect(isBackupDue({ ...due, lastVerifiedAt: '2026-11-22T23:00:00Z', hasChanges: false })).toBe(true);
  });
  it('are due after the interval only when something changed', () => {
    expect(isBackupDue(due)).toBe(false);
    expect(isBackupDue({ ...due, lastVerifiedAt: '2026-11-23T13:52:00Z' })).toBe(true);
    expect(isBackupDue({ ...due, lastVerifiedAt: '2026-11-23T13:52:00Z', hasChanges: false })).toBe(false);
  });
  it('are never due without a folder', () => {
    expect(isBackupDue({ ...due, folder: undefined, lastVerifiedAt: undefined })).toBe(false);
  });
});
