// Runs a backup in a worker thread, so the adviser's app keeps answering while
// a large vault is snapshotted and checked (about 10 s at 20,000 clients).
// One backup at a time per vault: later requests wait their turn.
import type { ErrorCode } from '../../shared/contract';
import { AppError } from '../errors';
import type { Vault } from '../vault';
import {
  cleanUpBackupPlaces,
  prepareBackupPlaces,
  withCounts,
  type BackupPlaces,
  type BackupReport,
  type WrittenBackup,
} from './backup';
import { backupNativeBinding } from './runtime';
import { startWorkerWithKey } from '../workers/start-worker';

/** What the worker is asked to do. The data key travels beside it, as its own copy. */
export type BackupJob = {
  databaseFile: string;
  keyFile: string;
  places: BackupPlaces;
  createdAt: string;
  nativeBinding: string | undefined;
};
export type BackupWorkerData = { job: BackupJob; dataKey: Uint8Array; finished: SharedArrayBuffer };
/** Only codes and the adviser-facing messages of AppErrors cross back: never a raw error text. */
export type BackupOutcome =
  | { ok: true; report: WrittenBackup }
  | {
      ok: false;
      error: { isAppError: true; code: ErrorCode; message: string } | { isAppError: false; code: string | undefined };
    };

type Turn = { over: Promise<void> };
const turns = new Map<string, Turn>();
/** Per vault: a flag each running worker sets once it is done with every file, for waiting without the event loop. */
const runningWorkers = new Map<string, Set<Int32Array>>();

const keyOf = (vault: Vault) => vault.files.database;

/** Runs `work` once no other backup (or restore) of this vault is under way. */
export async function oneBackupAtATime<T>(vault: Vault, work: () => Promise<T>): Promise<T> {
  const key = keyOf(vault);
  for (let turn = turns.get(key); turn; turn = turns.get(key)) await turn.over;
  let end = () => {};
  turns.set(key, { over: new Promise<void>((resolveOver) => (end = resolveOver)) });
  try {
    return await work();
  } finally {
    turns.delete(key);
    end();
  }
}

export function isBackupRunning(vault: Vault): boolean {
  return turns.has(keyOf(vault)) || (runningWorkers.get(keyOf(vault))?.size ?? 0) > 0;
}

/**
 * For the synchronous backups (at quit): blocks until any backup worker of this
 * vault has finished with its files, so two backups never run at once and
 * none is cut off half-written when the process ends. Bounded, in case a
 * worker died without saying so.
 */
export function waitForBackupWorkers(vault: Vault, limitMs = 120_000): void {
  const deadline = Date.now() + limitMs;
  for (const finished of runningWorkers.get(keyOf(vault)) ?? []) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return;
    try {
      Atomics.wait(finished, 0, 0, remaining);
    } catch {
      // A runtime that forbids blocking this thread: carry on; the staging name keeps a cut-off backup from looking whole.
      return;
    }
  }
}

/** A verified backup of the vault into `outFile`, made off the main thread. */
export function makeBackupInWorker(vault: Vault, outFile: string, now = new Date()): Promise<BackupReport> {
  return oneBackupAtATime(vault, async () => withCounts(await runBackupWorker(vault, outFile, now)));
}

/** The worker itself; the caller holds the vault's turn (oneBackupAtATime). */
export async function runBackupWorker(vault: Vault, outFile: string, now: Date): Promise<WrittenBackup> {
  const places = prepareBackupPlaces(outFile);
  const finished = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const key = keyOf(vault);
  const workers = runningWorkers.get(key) ?? new Set<Int32Array>();
  runningWorkers.set(key, workers);
  try {
    const job: BackupJob = {
      databaseFile: vault.files.database,
      keyFile: vault.files.keyFile,
      places,
      createdAt: now.toISOString(),
      nativeBinding: backupNativeBinding(),
    };
    const worker = startWorkerWithKey(
      new URL('./backup-worker.ts', import.meta.url),
      'backup-worker.cjs',
      vault.dataKey(),
      (dataKey) => ({ job, dataKey, finished: finished.buffer }) satisfies BackupWorkerData,
    );
    workers.add(finished);
    const outcome = await new Promise<BackupOutcome>((resolveOutcome, rejectOutcome) => {
      let result: BackupOutcome | undefined;
      let failure: Error | undefined;
      worker.on('message', (message: BackupOutcome) => (result = message));
      worker.on('error', (error) => (failure = crashed((error as { code?: string }).code)));
      // Settled only once the thread has stopped, so the clean-up below never races its last writes.
      worker.on('exit', (exitCode) =>
        result ? resolveOutcome(result) : rejectOutcome(failure ?? crashed(`exit ${exitCode}`)),
      );
    });
    if (!outcome.ok)
      throw outcome.error.isAppError
        ? new AppError(outcome.error.code, outcome.error.message)
        : failed(outcome.error.code);
    return outcome.report;
  } finally {
    workers.delete(finished);
    if (workers.size === 0) runningWorkers.delete(key);
    // After a crash the staging file and the snapshot may remain: neither may outlive the attempt.
    cleanUpBackupPlaces(places);
  }
}

/** An error that keeps the worker's error code (SQLITE_FULL, SQLITE_CORRUPT...) for the dispatcher, without its text. */
function failed(code: string | undefined): Error {
  return Object.assign(new Error('The backup worker failed.'), { code });
}

function crashed(code: string | undefined): Error {
  return Object.assign(new Error('The backup worker stopped unexpectedly.'), { code: code ?? 'WORKER_CRASHED' });
}
