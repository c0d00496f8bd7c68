// Runs a sync in a worker thread (sync-worker.ts), so the adviser's window keeps
// answering through a first sync of thousands of case files. The schedule
// (schedule.ts) still decides when; this only decides where. Locking stops a
// sync still running: the thread holds its own copy of the data key, and a
// locked vault must hold none. A stopped sync is harmless (sync-kill-safety.test.ts).
import type { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/contract';
import type { SyncReport } from '../../../shared/contract/sync';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { Vault } from '../../vault';
import { startWorkerWithKey } from '../../workers/start-worker';
import type { SyncFolder, SyncFolderOptions } from './schedule';

export type SyncJob = { databaseFile: string; folder: string; now: string; nativeBinding: string | undefined };
/** The data key travels beside the job, as the thread's own copy. */
export type SyncWorkerData = { job: SyncJob; dataKey: Uint8Array };
export type SyncWorkerOutcome =
  | { ok: true; report: SyncReport }
  | {
      ok: false;
      error:
        | { kind: 'folder'; message: string }
        | { kind: 'app'; code: ErrorCode; message: string }
        | { kind: 'other'; code: string | undefined };
    };

const log = createLogger('sync');
const running = new Set<Worker>();

/** A SyncFolder for the schedule that syncs in a worker thread, opening the vault with this runtime's build of the addon. */
export function syncInWorker({ nativeBinding }: { nativeBinding: string | undefined }): SyncFolder {
  return async (vault: Vault, folder: string, { now, onStarted }: SyncFolderOptions) => {
    const job: SyncJob = { databaseFile: vault.files.database, folder, now: now.toISOString(), nativeBinding };
    const worker = startWorkerWithKey(
      new URL('./sync-worker.ts', import.meta.url),
      'sync-worker.cjs',
      vault.dataKey(),
      (dataKey) => ({ job, dataKey }) satisfies SyncWorkerData,
    );
    running.add(worker);
    const outcome = await new Promise<SyncWorkerOutcome | undefined>((resolve) => {
      let result: SyncWorkerOutcome | undefined;
      worker.on('message', (message: SyncWorkerOutcome | 'started') => {
        if (message === 'started') onStarted?.();
        else result = message;
      });
      // Its code only (ERR_WORKER_OUT_OF_MEMORY, say): an error's text could hold anything.
      worker.on('error', (error) =>
        log.warn('the sync thread failed', { code: (error as { code?: string }).code ?? 'none' }),
      );
      // Settled once the thread has stopped, so nothing it writes outlives the answer.
      worker.on('exit', () => {
        running.delete(worker);
        resolve(result);
      });
    });
    if (!outcome) throw new Error('The sync stopped before it finished: the vault was locked or the sync failed.');
    if (outcome.ok) return outcome.report;
    const { error } = outcome;
    if (error.kind === 'folder') throw new AppError('NOT_FOUND', error.message);
    if (error.kind === 'app') throw new AppError(error.code, error.message);
    throw Object.assign(new Error('The sync worker failed.'), { code: error.code });
  };
}

/** At lock: any sync still running stops now, and its copy of the key goes with its thread. */
export async function stopSyncWorkers(): Promise<void> {
  await Promise.all([...running].map((worker) => worker.terminate()));
}
