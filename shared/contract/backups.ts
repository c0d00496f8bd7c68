// Channels for backups, restore and the backup status.
import { z } from 'zod';
import { channel } from './channel';
import { folderPath } from './files';

const passphrase = z.string().min(1, 'Enter the passphrase the backup was made with.').max(1024);

const backupStatus = z.object({
  folder: z.string().nullable(),
  intervalHours: z.number().int(),
  /** "Last verified backup: 23 November 2026, 17:52", or null when there has been none. */
  lastVerified: z.object({ at: z.string(), text: z.string() }).nullable(),
  warnings: z.array(z.object({ kind: z.string(), message: z.string() })),
});
export type BackupStatus = z.infer<typeof backupStatus>;

const restoreReport = z.object({
  backupCreatedAt: z.string(),
  counts: z.record(z.string(), z.number().int()),
  /** People erased since the backup was made, removed again from the restored copy. */
  erasedAgain: z.number().int(),
  tombstonesCopied: z.number().int(),
  /** Erasures recorded before Waymark kept the hash it needs to repeat them. */
  tombstonesWithoutSubject: z.number().int(),
  safetyBackup: z.string().optional(),
  damagedFilesMovedTo: z.string().optional(),
  isPassphraseFromBackup: z.boolean(),
  isErasureLogUnreadable: z.boolean(),
});
export type RestoreReport = z.infer<typeof restoreReport>;

export const backupIntervalHoursRange = { min: 1, max: 24 } as const;

export const backupsChannels = {
  'backups.status': channel({
    input: z.strictObject({}),
    output: backupStatus,
  }),
  'backups.configure': channel({
    input: z.strictObject({
      folder: folderPath('Give the folder for backups.'),
      /** Make the folder first if it is not there (its last part only; the drive must be connected). */
      isCreatingFolder: z.boolean().optional(),
      intervalHours: z
        .number()
        .int('Give a whole number of hours.')
        .min(backupIntervalHoursRange.min, 'Back up at most once an hour.')
        .max(backupIntervalHoursRange.max, 'Back up at least once a day (every 24 hours).'),
    }),
    output: backupStatus,
  }),
  'backups.list': channel({
    input: z.strictObject({}),
    output: z.object({
      backups: z.array(
        z.object({
          name: z.string(),
          date: z.string(),
          time: z.string(),
          bytes: z.number().int(),
          isVerified: z.boolean(),
        }),
      ),
    }),
  }),
  'backups.runNow': channel({
    input: z.strictObject({}),
    output: z.object({
      name: z.string(),
      bytes: z.number().int(),
      createdAt: z.string(),
      pruned: z.number().int(),
      lastVerifiedText: z.string(),
    }),
  }),
  /** Replace the vault in use with a backup from the backup folder (named, never a path). */
  'backups.restore': channel({
    input: z.strictObject({ name: z.string().min(1).max(200), passphrase }),
    output: restoreReport,
  }),
  /** Only while locked, and only after the last unlock found the vault damaged. */
  'backups.restoreDamaged': channel({
    input: z.strictObject({
      file: z.string().trim().min(1, 'Give the backup file, with its full path.').max(4096),
      passphrase,
    }),
    output: restoreReport,
    isAvailableWhenLocked: true,
  }),
};
