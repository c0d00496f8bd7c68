// Runs syncs, and the recording done in the background between them (record.ts),
// in a worker thread (sync-worker.ts), so the adviser's window keeps answering
// through a first sync of thousands of case files. The schedule (schedule.ts)
// still decides when; this only decides where. One thread serves a vault
// while it is unlocked, started when first asked. Locking ends it, and so do
// ninety seconds with nothing to do: the thread holds its own copy of the data
// key, and a locked vault must hold none.
// A sync stopped part-way is harmless (sync-kill-safety.test.ts).
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/contract';
import type { SyncReport } from '../../../shared/contract/sync';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { Vault } from '../../vault';
import { startWorkerWithKey } from '../../workers/start-worker';
import type { RecordInBackground, SyncFolder, SyncFolderOptions } from './schedule';

/** The thread's start: the vault it serves, and its own copy of the data key. */
export type SyncWorkerData = { databaseFile: string; nativeBinding: string | undefined; dataKey: Uint8Array };
export type SyncRequest =
  { id: number; kind: 'sync'; folder: string; now: string } | { id: number; kind: 'record'; limit: number };
export type Recorded = { recorded: number; more: boolean };
export type SyncWorkerOutcome =
  | { ok: true; report: SyncReport }
  | { ok: true; recorded: Recorded }
  | {
      ok: false;
      error:
        | { kind: 'folder'; message: string }
        | { kind: 'app'; code: ErrorCode; message: string }
        | { kind: 'other'; code: string | undefined };
    };
export type SyncWorkerMessage = { id: number; started: true } | { id: number; outcome: SyncWorkerOutcome };

const log = createLogger('sync');

type Waiting = { onStarted?: (() => void) | undefined; settle: (outcome: SyncWorkerOutcome | undefined) => void };
type Thread = { worker: Worker; databaseFile: string; waiting: Map<number, Waiting>; idle?: NodeJS.Timeout };

/**
 * A thread with nothing to do ends after this long, with its copy of the key and its memory
 * (Automerge and a connection's cache: tens of megabytes). Recording runs every minute while
 * the adviser works, so the thread lives while they do; it starts again in a fraction of a second.
 */
const idleThreadMs = 90_000;

let thread: Thread | undefined;
let requests = 0;

/** Whether the sync thread is running now (tests). */
export const isSyncThreadRunning = (): boolean => thread !== undefined;

function endWhenIdle(started: Thread): void {
  clearTimeout(started.idle);
  if (started.waiting.size > 0) return;
  started.idle = setTimeout(() => {
    if (thread === started && started.waiting.size === 0) void stopSyncWorkers();
  }, idleThreadMs);
  started.idle.unref();
}

function threadFor(vault: Vault, nativeBinding: string | undefined): Thread {
  if (thread?.databaseFile === vault.files.database) return thread;
  void stopSyncWorkers();
  const databaseFile = vault.files.database;
  const worker = startWorkerWithKey(
    new URL('./sync-worker.ts', import.meta.url),
    'sync-worker.cjs',
    vault.dataKey(),
    (dataKey) => ({ databaseFile, nativeBinding, dataKey }) satisfies SyncWorkerData,
  );
  // Never keeps a process alive on its own: a sync waiting on it keeps its caller's promise, not the process.
  worker.unref();
  const started: Thread = { worker, databaseFile, waiting: new Map() };
  worker.on('message', (message: SyncWorkerMessage) => {
    const waiting = started.waiting.get(message.id);
    if ('started' in message) return waiting?.onStarted?.();
    started.waiting.delete(message.id);
    waiting?.settle(message.outcome);
    endWhenIdle(started);
  });
  // Its code only (ERR_WORKER_OUT_OF_MEMORY, say): an error's text could hold anything.
  worker.on('error', (error) =>
    log.warn('the sync thread failed', { code: (error as { code?: string }).code ?? 'none' }),
  );
  // Ended by the lock, or failed: any sync it had not finished is answered as stopped.
  worker.on('exit', () => {
    clearTimeout(started.idle);
    if (thread === started) thread = undefined;
    for (const waiting of started.waiting.values()) waiting.settle(undefined);
    started.waiting.clear();
  });
  thread = started;
  return started;
}

/** Asks the vault's thread to do one thing; undefined if it stopped first (the lock, or a failure). */
async function ask(
  vault: Vault,
  nativeBinding: string | undefined,
  request: DistributiveOmit<SyncRequest, 'id'>,
  onStarted?: () => void,
): Promise<SyncWorkerOutcome | undefined> {
  const asking = threadFor(vault, nativeBinding);
  const { worker, waiting } = asking;
  clearTimeout(asking.idle);
  requests += 1;
  const asked = { ...request, id: requests } as SyncRequest;
  return new Promise<SyncWorkerOutcome | undefined>((settle) => {
    waiting.set(asked.id, { onStarted, settle });
    worker.postMessage(asked);
  });
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a thread that failed says: the adviser-facing message, or the code alone. */
function failed(outcome: SyncWorkerOutcome | undefined): never {
  if (!outcome) throw new Error('The sync stopped before it finished: the vault was locked or the sync failed.');
  if (outcome.ok) throw new Error('The sync thread answered another question.');
  const { error } = outcome;
  if (error.kind === 'folder') throw new AppError('NOT_FOUND', error.message);
  if (error.kind === 'app') throw new AppError(error.code, error.message);
  throw Object.assign(new Error('The sync worker failed.'), { code: error.code });
}

/** A SyncFolder for the schedule that syncs in a worker thread, opening the vault with this runtime's build of the addon. */
export function syncInWorker({ nativeBinding }: { nativeBinding: string | undefined }): SyncFolder {
  return async (vault: Vault, folder: string, { now, onStarted }: SyncFolderOptions) => {
    const outcome = await ask(vault, nativeBinding, { kind: 'sync', folder, now: now.toISOString() }, onStarted);
    if (outcome?.ok && 'report' in outcome) return outcome.report;
    return failed(outcome);
  };
}

/** Records what changed here in the same thread, a few hundred documents at a time (see record.ts). */
export function recordInWorker({ nativeBinding }: { nativeBinding: string | undefined }): RecordInBackground {
  return async (vault: Vault, limit: number) => {
    const outcome = await ask(vault, nativeBinding, { kind: 'record', limit });
    if (outcome?.ok && 'recorded' in outcome) return outcome.recorded;
    return failed(outcome);
  };
}

/** At lock: the sync thread ends now, any sync in it with it, and its copy of the key goes with it. */
export async function stopSyncWorkers(): Promise<void> {
  const ending = thread;
  thread = undefined;
  if (ending) await ending.worker.terminate();
}
