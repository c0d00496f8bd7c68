// The sync worker thread. A first sync of a large practice takes minutes, most
// of it Automerge's work and the shared folder's file writes; here it keeps
// the adviser's window answering meanwhile. The thread opens its own
// connection to the vault (WAL: the main thread keeps reading and writing,
// each commit waiting its turn) and derives the sync key from its own copy of
// the data key, wiped when it is done.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema';
import { openEncryptedDatabase } from '../../db/open';
import { isAppError } from '../../errors';
import { derivedKeys } from '../../vault/derived-keys';
import { FolderUnavailableError } from './folder-store';
import { syncWithFolder } from './index';
import type { SyncWorkerData, SyncWorkerOutcome } from './in-worker';

async function run({ job, dataKey: keyBytes }: SyncWorkerData): Promise<SyncWorkerOutcome> {
  // A view on the cloned bytes, so wiping it wipes the only copy in this thread.
  const dataKey = Buffer.from(keyBytes.buffer, keyBytes.byteOffset, keyBytes.byteLength);
  const keys = derivedKeys(dataKey);
  try {
    const sqlite = openEncryptedDatabase(job.databaseFile, dataKey, { nativeBinding: job.nativeBinding });
    try {
      const vault = { sqlite, db: drizzle({ client: sqlite, schema }), ...keys };
      return { ok: true, report: await syncWithFolder(vault, job.folder, { now: new Date(job.now) }) };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    // Only codes and the adviser-facing messages cross back, never a raw error's text.
    if (error instanceof FolderUnavailableError)
      return { ok: false, error: { kind: 'folder', message: error.message } };
    if (isAppError(error)) return { ok: false, error: { kind: 'app', code: error.code, message: error.message } };
    return { ok: false, error: { kind: 'other', code: (error as { code?: string } | null)?.code } };
  } finally {
    dataKey.fill(0);
    keys.syncKey.fill(0);
    keys.erasureKey.fill(0);
  }
}

// Loaded anywhere but in a worker started by in-worker.ts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  const port = parentPort;
  port.postMessage('started');
  void run(workerData as SyncWorkerData).then((outcome) => port.postMessage(outcome));
}
