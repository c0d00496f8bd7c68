// Assembles one running Waymark: the vault, the idle lock and the dispatcher.
// Electron, the harness and tests each create one and talk only to dispatch().
import {
  backupOnQuit,
  backupOnQuitInWorker,
  createBackedUpVault,
  createBackupScheduler,
  useBackupNativeBinding,
  waitForBackupWorkers,
} from '../backup';
import { createLogger } from '../log';
import { generateDemoPractice } from '../services/demo';
import { forgetSubjectAccessJobs } from '../services/subject-access';
import { createSyncRunner, recordInWorker, stopSyncWorkers, syncInWorker } from '../services/sync';
import { readSettings } from '../services/settings';
import { AppError } from '../errors';
import { createIdleLock, useArgon2Addon, type Vault, type VaultOptions } from '../vault';
import { createDispatcher, type Dispatch } from './dispatcher';
import { todayInLondon } from '../../shared/dates';
import { createHandlers } from './handlers';

export type WaymarkOptions = Omit<VaultOptions, 'onUnlocked' | 'onLocked'> & {
  /** Overrides the adviser's auto-lock setting (end-to-end tests use a few seconds). */
  autoLockMs?: number | undefined;
  /** The preview only: a folder for a throwaway demo practice the adviser can open. */
  demoDirectory?: string | undefined;
  /** The packaged app's Argon2id addon; elsewhere the installed package (see main/vault/argon2.ts). */
  argon2Addon?: string | undefined;
  /** When the first recording for sync runs after unlocking (schedule.ts; tests use a moment). */
  firstRecordMs?: number | undefined;
};

export type Waymark = {
  dispatch: Dispatch;
  /** Back up if anything changed (and a backup folder is set), then lock and release the database, for shutdown. */
  close(): void;
  /** Before close(): one last sync when a sync folder is set, waited for a few seconds at most (never throws). */
  syncBeforeClosing(): Promise<void>;
  /**
   * The desktop app's quit, in two steps so its window can show progress: the
   * same sync as syncBeforeClosing(), then the same backup as close(), made in a
   * worker thread (never throws)...
   */
  backUpBeforeClosing(): Promise<void>;
  /** ...then lock, after waiting at most `waitMs` for a backup still being written. Starts no backup itself. */
  closeAfterRunningBackups(waitMs: number): void;
};

/** Protects nothing real: the demo vault holds only generated people. */
export const demoPassphrase = 'demo practice only: generated people, never real records';
const demoClients = 600;
/** Locking waits this long at most for the last sync: a sync still going then stops with the database, harmlessly. */
const syncBeforeLockMs = 5_000;
/** Quitting shows its progress notice meanwhile, so it may wait a little longer. */
const syncBeforeQuitMs = 15_000;

const log = createLogger('app');

export function createWaymark(options: WaymarkOptions): Waymark {
  // Backup workers open the vault themselves, with this runtime's build of the addon.
  useBackupNativeBinding(options.nativeBinding);
  useArgon2Addon(options.argon2Addon);
  // Sync runs in a worker thread too, opening the vault the same way.
  const syncs = createSyncRunner({
    vault: () => vault,
    syncFolder: syncInWorker({ nativeBinding: options.nativeBinding }),
    recordChanges: recordInWorker({ nativeBinding: options.nativeBinding }),
    firstRecordMs: options.firstRecordMs,
  });
  const syncThenLock = async () => {
    await syncs.syncBeforeClosing(syncBeforeLockMs);
    vault.lock();
  };
  const idleLock = createIdleLock(() => void syncThenLock());
  const backups = createBackupScheduler(() => vault);
  // Set whenever a database is opened (unlock, recovery, or a restore that reopens it).
  let hasJustOpened = false;
  const openVault = (directory: string) =>
    createBackedUpVault({
      ...options,
      directory,
      onUnlocked: () => {
        hasJustOpened = true;
      },
      onLocked: () => {
        idleLock.stop();
        backups.stop();
        syncs.stop();
        // A sync still running holds a copy of the data key: it stops with the lock.
        void stopSyncWorkers();
        // A finished subject-access bundle waiting for download holds personal data in memory.
        forgetSubjectAccessJobs();
      },
    });
  let vault: Vault = openVault(options.directory);

  const startIdleCountdown = () => {
    const { db } = vault.database();
    idleLock.start(options.autoLockMs ?? readSettings(db).autoLockMinutes * 60_000);
  };

  const isDemoInUse = () => options.demoDirectory !== undefined && vault.files.directory === options.demoDirectory;

  async function openDemo(): Promise<{ clients: number }> {
    if (!options.demoDirectory) {
      throw new AppError('FORBIDDEN', 'The demo practice is only offered in the preview.');
    }
    vault.lock();
    vault = openVault(options.demoDirectory);
    if (vault.state() === 'absent') {
      await vault.create(demoPassphrase, demoPassphrase);
      generateDemoPractice(vault.database(), { clients: demoClients, seed: 1, today: todayInLondon() });
    } else {
      await vault.unlock(demoPassphrase);
    }
    return { clients: demoClients };
  }

  const dispatch = createDispatcher({
    handlers: createHandlers({
      vault: () => vault,
      onSettingsChanged: startIdleCountdown,
      openDemo,
      isDemoOffered: Boolean(options.demoDirectory),
      isDemoInUse,
      syncs,
      beforeLock: () => syncs.syncBeforeClosing(syncBeforeLockMs),
    }),
    isUnlocked: () => vault.state() === 'unlocked',
    onCall: (channel) => {
      // Polling the status is not the adviser doing something.
      if (channel !== 'vault.status') idleLock.touch();
    },
  });

  return {
    dispatch: async (channel, input) => {
      const result = await dispatch(channel, input);
      if (hasJustOpened && vault.state() === 'unlocked') {
        hasJustOpened = false;
        startIdleCountdown();
        backups.start();
        syncs.start();
      }
      // Once the demo locks (by hand or when idle), the adviser's own vault is back in place.
      if (isDemoInUse() && vault.state() !== 'unlocked') vault = openVault(options.directory);
      return result;
    },
    close() {
      idleLock.stop();
      backups.stop();
      syncs.stop();
      try {
        backupOnQuit(vault);
      } catch {
        log.warn('could not check for a backup at quit');
      }
      vault.lock();
    },
    syncBeforeClosing() {
      syncs.stop();
      return syncs.syncBeforeClosing(syncBeforeQuitMs);
    },
    async backUpBeforeClosing() {
      // Sync first, so the backup holds what the other computer sent.
      syncs.stop();
      await syncs.syncBeforeClosing(syncBeforeQuitMs);
      // A check for damage still reading the file would hold it open past the lock.
      await vault.damageCheckSettled();
      return backupOnQuitInWorker(vault);
    },
    closeAfterRunningBackups(waitMs) {
      idleLock.stop();
      backups.stop();
      syncs.stop();
      // Bounded: the end of a system session leaves only a few seconds.
      if (waitMs > 0) waitForBackupWorkers(vault, waitMs);
      vault.lock();
    },
  };
}
