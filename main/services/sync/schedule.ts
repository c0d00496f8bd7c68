// When sync runs: on "Sync now", soon after unlocking and then every ten
// minutes while unlocked, and once more before the vault locks or Waymark
// quits. One sync at a time: a request made while one runs waits for it, then
// runs once, and every request that arrives meanwhile shares that run; so what
// the adviser changed before asking is always in the sync they get.
// Between syncs, whether or not a folder is chosen yet, what the adviser changed
// is recorded into the vault's documents every minute (record.ts), a few hundred
// documents at a time, so a sync has little left to make.
import type { SyncReport } from '../../../shared/contract/sync';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault, Vault } from '../../vault';
import { FolderUnavailableError } from './folder-store';
import { hasChangesToRecord } from './outbox';
import { recordSync, syncFolderOf } from './status';

const log = createLogger('sync');

/** The sync itself, passed in: this file only decides when it runs (syncInWorker in in-worker.ts, or syncInProcess below). */
export type SyncFolder = (vault: Vault, folder: string, options: SyncFolderOptions) => Promise<SyncReport>;
/** onStarted: the sync has begun its work (a worker thread takes a moment to start). */
export type SyncFolderOptions = { now: Date; onStarted?: () => void };

/** A sync in this thread: the command line, which has no window to keep answering. */
export const syncInProcess =
  (syncWithFolder: (vault: OpenVault, folder: string, options: { now: Date }) => Promise<SyncReport>): SyncFolder =>
  (vault, folder, { now, onStarted }) => {
    onStarted?.();
    return syncWithFolder(vault.database(), folder, { now });
  };

/** Records up to `limit` changed documents into the vault (recordInWorker in in-worker.ts); `more` if others wait. */
export type RecordInBackground = (vault: Vault, limit: number) => Promise<{ recorded: number; more: boolean }>;

export type SyncRunner = {
  /** Sync through the folder given, or the one this computer remembers; waits for or joins a sync under way. */
  syncNow(folder?: string): Promise<SyncReport>;
  /** After unlocking: sync soon, then on the schedule, while a folder is set. */
  start(): void;
  stop(): void;
  /** Before locking or quitting: one last sync when a folder is set, waited for at most `waitMs`. Never throws. */
  syncBeforeClosing(waitMs: number): Promise<void>;
};

export type SyncRunnerOptions = {
  vault: () => Vault;
  syncFolder: SyncFolder;
  firstSyncMs?: number;
  syncEveryMs?: number;
  /** How long before closing waits for a sync to start at all, its wait counting only from then. */
  startWithinMs?: number;
  /** Recording between syncs; none when not given (the command line syncs once and ends). */
  recordChanges?: RecordInBackground;
  firstRecordMs?: number;
  recordEveryMs?: number;
};

/**
 * Documents recorded at once in the background: a sync asked for meanwhile waits for them (about
 * 5 ms each for a busy client's first document, so a few seconds at most), then runs at once.
 */
const recordAtOnce = 500;
/** When more are waiting (the first minute after an update, or a roll import), the next few hundred follow soon. */
const moreWaitingMs = 1_000;

/** Settles when the work does, or after `ms`, whichever is first; never rejects, and leaves no timer behind. */
async function waitAtMost(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    work.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

export function createSyncRunner({
  vault,
  syncFolder,
  firstSyncMs = 20_000,
  syncEveryMs = 10 * 60_000,
  startWithinMs = 30_000,
  recordChanges,
  firstRecordMs = 30_000,
  recordEveryMs = 60_000,
}: SyncRunnerOptions): SyncRunner {
  /** The last sync asked for; the next one starts only once it has settled. */
  let tail: Promise<unknown> = Promise.resolve();
  /** A sync asked for but not started yet: later requests for the same folder join it. */
  let waiting: { folder: string | undefined; sync: Promise<SyncReport> } | undefined;
  let isRunning = false;
  /** Whether the sync running now has begun its work; those waiting for that hear it. */
  let hasStarted = false;
  const startListeners: (() => void)[] = [];
  const markStarted = () => {
    hasStarted = true;
    for (const listener of startListeners.splice(0)) listener();
  };
  /** Settles once a sync is at work: at once if one is now, else when the next begins. */
  const atWork = () =>
    isRunning && hasStarted ? Promise.resolve() : new Promise<void>((resolve) => startListeners.push(resolve));
  let timer: NodeJS.Timeout | undefined;
  let recordTimer: NodeJS.Timeout | undefined;
  /** The recording under way, if any. */
  let recording: Promise<unknown> | undefined;
  // Bumped by start and stop, so a sync still running when stopped arms no further timer.
  let run = 0;

  async function syncOnce(folder: string | undefined): Promise<SyncReport> {
    const current = vault();
    if (current.state() !== 'unlocked') throw new AppError('LOCKED', 'The vault is locked. Unlock it to sync.');
    const open = current.database();
    const chosen = folder ?? syncFolderOf(open);
    if (!chosen) throw new AppError('VALIDATION', 'Choose the shared folder to sync through first.');
    const now = new Date();
    isRunning = true;
    hasStarted = false;
    try {
      const report = await syncFolder(current, chosen, { now, onStarted: markStarted });
      // Locked part-way: the sync stopped with the database; nothing is recorded as done.
      if (current.state() === 'unlocked' && current.database() === open) recordSync(open, report, now);
      return report;
    } catch (error) {
      // A USB stick pulled out part-way: what was synced is kept, and the adviser is told calmly.
      if (error instanceof FolderUnavailableError) throw new AppError('NOT_FOUND', error.message, { cause: error });
      throw error;
    } finally {
      isRunning = false;
      hasStarted = false;
    }
  }

  function syncNow(folder?: string): Promise<SyncReport> {
    if (waiting && waiting.folder === folder) return waiting.sync;
    const sync: Promise<SyncReport> = tail
      .catch(() => undefined)
      .then(() => {
        if (waiting?.sync === sync) waiting = undefined;
        return syncOnce(folder);
      });
    waiting = { folder, sync };
    tail = sync;
    return sync;
  }

  const hasFolder = () => {
    const current = vault();
    return current.state() === 'unlocked' && syncFolderOf(current.database()) !== undefined;
  };

  const syncOnSchedule = async () => {
    // A sync under way or asked for stands for this one.
    if (isRunning || waiting || !hasFolder()) return;
    try {
      await syncNow();
    } catch {
      // Nothing is recorded: the status line keeps saying when the last sync that worked was.
      log.warn('automatic sync did not complete');
    }
  };

  /** Records a few hundred changed documents, in turn with the syncs; true if more are waiting. */
  const recordOnSchedule = async (record: RecordInBackground): Promise<boolean> => {
    // A sync under way or asked for records them itself.
    if (isRunning || waiting) return false;
    const current = vault();
    if (current.state() !== 'unlocked' || !hasChangesToRecord(current.database())) return false;
    const underWay = tail.catch(() => undefined).then(() => record(current, recordAtOnce));
    tail = underWay;
    recording = underWay;
    try {
      return (await underWay).more;
    } finally {
      if (recording === underWay) recording = undefined;
    }
  };

  const armRecording = (delayMs: number, armedRun: number) => {
    if (armedRun !== run || !recordChanges) return;
    recordTimer = setTimeout(() => {
      recordOnSchedule(recordChanges)
        .catch(() => {
          // Nothing is lost: what was not recorded stays in the outbox for the next try, or the sync.
          log.warn('recording changes for sync did not complete');
          return false;
        })
        .then((isMoreWaiting) => armRecording(isMoreWaiting ? moreWaitingMs : recordEveryMs, armedRun));
    }, delayMs);
    recordTimer.unref();
  };

  const arm = (delayMs: number, armedRun: number) => {
    if (armedRun !== run) return;
    timer = setTimeout(() => {
      syncOnSchedule()
        .catch(() => log.warn('automatic sync check failed'))
        .finally(() => arm(syncEveryMs, armedRun));
    }, delayMs);
    // Never keep a CLI or test process alive just for this timer.
    timer.unref();
  };

  const stop = () => {
    if (timer) clearTimeout(timer);
    if (recordTimer) clearTimeout(recordTimer);
    timer = undefined;
    recordTimer = undefined;
    run += 1;
  };

  return {
    syncNow,
    start() {
      stop();
      arm(firstSyncMs, run);
      armRecording(firstRecordMs, run);
    },
    stop,
    async syncBeforeClosing(waitMs) {
      let isSyncing: boolean;
      try {
        isSyncing = hasFolder();
      } catch {
        return;
      }
      if (!isSyncing) {
        // A recording under way is let finish its few hundred documents, so its thread's
        // connection closes cleanly; it is harmless, only untidy, to stop it part-way.
        if (recording) await waitAtMost(recording, waitMs);
        return;
      }
      const timers: NodeJS.Timeout[] = [];
      let isOver = false;
      // No timer is left behind: one asked for once the wait is over is not set.
      const after = (ms: number) =>
        new Promise<void>((resolve) => (isOver ? resolve() : timers.push(setTimeout(resolve, ms))));
      const synced = syncNow().then(
        () => undefined,
        () => log.warn('sync before closing did not complete'),
      );
      // Locking never waits long: a sync still going when the time is up stops with the database, harmlessly.
      // The time counts from when the sync is at work: a worker thread's start is not the sync's time.
      await Promise.race([synced, atWork().then(() => after(waitMs)), after(startWithinMs)]);
      isOver = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
