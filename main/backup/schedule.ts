// Automatic backups while the vault is unlocked: soon after unlocking when
// there is none from today, then every few hours while things change, and at
// quit when anything changed since the last one.
import { todayInLondon } from '../../shared/dates';
import { createLogger } from '../log';
import type { Vault } from '../vault';
import { hasChangesSinceBackup } from './changes';
import { backupToFolder, backupToFolderInWorker, backupToFolderWhileHeld } from './folder';
import { isBackupRunning, oneBackupAtATime, waitForBackupWorkers } from './in-worker';
import { readBackupRecord } from './settings';

const log = createLogger('backup');
const hourMs = 60 * 60 * 1000;

export type DueFacts = {
  now: Date;
  folder: string | undefined;
  lastVerifiedAt: string | undefined;
  intervalHours: number;
  hasChanges: boolean;
};

/** Pure: is an automatic backup due now? */
export function isBackupDue({ now, folder, lastVerifiedAt, intervalHours, hasChanges }: DueFacts): boolean {
  if (!folder) return false;
  if (!lastVerifiedAt) return true;
  const last = new Date(lastVerifiedAt);
  if (todayInLondon(last) !== todayInLondon(now)) return true;
  return hasChanges && now.getTime() - last.getTime() >= intervalHours * hourMs;
}

export type BackupScheduler = { start(): void; stop(): void };

export function createBackupScheduler(
  vault: () => Vault,
  { firstCheckMs = 30_000, checkEveryMs = 5 * 60_000 } = {},
): BackupScheduler {
  let timer: NodeJS.Timeout | undefined;
  let lastFailedAt = 0;
  // Bumped by start and stop, so a check still running when stopped arms no further timer.
  let run = 0;

  const check = async () => {
    const current = vault();
    if (current.state() !== 'unlocked') return;
    // "Back up now" or a restore is under way: that backup stands for this one.
    if (isBackupRunning(current)) return;
    const now = new Date();
    // After a failure (a USB stick unplugged), wait an hour rather than fail every few minutes.
    if (now.getTime() - lastFailedAt < hourMs) return;
    const { sqlite } = current.database();
    const record = readBackupRecord(sqlite);
    const facts = {
      now,
      folder: record.folder,
      lastVerifiedAt: record.lastVerified?.at,
      intervalHours: record.intervalHours,
      hasChanges: hasChangesSinceBackup(sqlite),
    };
    if (!isBackupDue(facts)) return;
    try {
      // In a worker: the adviser's app keeps answering while it runs.
      await backupToFolderInWorker(current, { now });
    } catch {
      lastFailedAt = now.getTime();
      log.warn('automatic backup failed');
    }
  };

  const arm = (delayMs: number, armedRun: number) => {
    if (armedRun !== run) return;
    timer = setTimeout(() => {
      check()
        .catch(() => log.warn('automatic backup check failed'))
        .finally(() => arm(checkEveryMs, armedRun));
    }, delayMs);
    // Never keep a CLI or test process alive just for this timer.
    timer.unref();
  };

  return {
    start() {
      if (timer) clearTimeout(timer);
      lastFailedAt = 0;
      run += 1;
      arm(firstCheckMs, run);
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      run += 1;
    },
  };
}

/**
 * At quit, before locking: a backup when a folder is set and anything changed
 * since the last one. On the main thread, deliberately: the window is closing,
 * nothing waits for an answer, and quitting is synchronous (Electron's
 * will-quit). A backup still running in a worker is waited for first.
 */
export function backupOnQuit(vault: Vault): void {
  // A backup under way in a worker would be cut off as the process ends: let it finish first.
  waitForBackupWorkers(vault);
  if (vault.state() !== 'unlocked') return;
  const { sqlite } = vault.database();
  const record = readBackupRecord(sqlite);
  if (!record.folder) return;
  if (record.lastVerified && !hasChangesSinceBackup(sqlite)) return;
  try {
    backupToFolder(vault);
  } catch {
    log.warn('backup at quit failed');
  }
}

/**
 * The same backup at quit, in a worker thread, for the desktop app: the window
 * stays responsive and shows progress meanwhile. A backup already under way is
 * waited for (its turn), then the check is made again, so an unchanged vault
 * is not backed up twice. Never throws: quitting goes on either way.
 */
export async function backupOnQuitInWorker(vault: Vault): Promise<void> {
  const isDue = () => {
    if (vault.state() !== 'unlocked') return false;
    const { sqlite } = vault.database();
    const record = readBackupRecord(sqlite);
    return Boolean(record.folder) && !(record.lastVerified && !hasChangesSinceBackup(sqlite));
  };
  try {
    if (!isDue() && !isBackupRunning(vault)) return;
    await oneBackupAtATime(vault, async () => {
      if (isDue()) await backupToFolderWhileHeld(vault);
    });
  } catch {
    log.warn('backup at quit failed');
  }
}
