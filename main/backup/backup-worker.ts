// The backup worker thread. It opens its own connection to the vault (the
// database is in WAL mode, so one read transaction sees a consistent snapshot
// while the main thread keeps writing), then snapshots, writes and verifies
// one backup exactly as the main thread would, and reports back.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { isDamageError, openEncryptedDatabase } from '../db/open';
import { AppError, isAppError } from '../errors';
import { writeVerifiedBackupAt } from './backup';
import type { BackupOutcome, BackupWorkerData } from './in-worker';
import { giveWayToTheAdviser } from '../workers/background-priority';
import { useBackupNativeBinding } from './runtime';

const damagedVault = () =>
  new AppError(
    'VAULT_DAMAGED',
    'The vault is damaged: part of it could not be read, so no backup was made. Nothing has been changed or deleted. Restore it from a backup.',
  );

function run({ job, dataKey: keyBytes }: BackupWorkerData): BackupOutcome {
  // A view on the cloned bytes, so wiping it wipes the only copy in this thread.
  const dataKey = Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  try {
    useBackupNativeBinding(job.nativeBinding);
    const sqlite = openEncryptedDatabase(job.databaseFile, dataKey, { nativeBinding: job.nativeBinding });
    try {
      return {
        ok: true,
        report: writeVerifiedBackupAt({ sqlite, keyFile: job.keyFile, dataKey }, job.places, new Date(job.createdAt)),
      };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    // A page of the vault that fails its check while being copied (a damaged backup is reported as such already).
    const failure = isDamageError(error) ? damagedVault() : error;
    return {
      ok: false,
      error: isAppError(failure)
        ? { isAppError: true, code: failure.code, message: failure.message }
        : { isAppError: false, code: (failure as { code?: string } | null)?.code },
    };
  } finally {
    dataKey.fill(0);
  }
}

// Loaded anywhere but in a worker started by in-worker.ts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  giveWayToTheAdviser();
  const data = workerData as BackupWorkerData;
  try {
    parentPort.postMessage(run(data));
  } finally {
    // Set once every file is written or cleared: a backup at quit waits on it (see waitForBackupWorkers).
    const finished = new Int32Array(data.finished);
    Atomics.store(finished, 0, 1);
    Atomics.notify(finished, 0);
  }
}
