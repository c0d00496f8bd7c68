// The sync worker thread. A first sync of a large practice takes a minute, most
// of it the shared folder's file writes, and recording a day's changes as
// Automerge changes (record.ts) is Automerge's work; here both keep the
// adviser's window answering meanwhile. One thread serves every sync while
// the vault is unlocked (starting one takes a moment: modules to load), and it
// holds its own copy of the data key until the lock ends it. Each sync opens
// its own connection to the vault (WAL: the main thread keeps reading and
// writing; every transaction waits its turn, main/db/open.ts).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../../db/schema';
import { openEncryptedDatabase } from '../../db/open';
import { isAppError } from '../../errors';
import { derivedKeys } from '../../vault/derived-keys';
import { FolderUnavailableError } from './folder-store';
import { recordChanges } from './record';
import { syncWithFolder } from './with-folder';
import { giveWayToTheAdviser } from '../../workers/background-priority';
import type { SyncRequest, SyncWorkerData, SyncWorkerMessage, SyncWorkerOutcome } from './in-worker';

async function run(
  { databaseFile, nativeBinding }: SyncWorkerData,
  dataKey: Buffer,
  request: SyncRequest,
): Promise<SyncWorkerOutcome> {
  const keys = derivedKeys(dataKey);
  try {
    const sqlite = openEncryptedDatabase(databaseFile, dataKey, { nativeBinding });
    try {
      const vault = { sqlite, db: drizzle({ client: sqlite, schema }), ...keys };
      if (request.kind === 'record')
        return { ok: true, recorded: await recordChanges(vault, { limit: request.limit, useDocumentThread: false }) };
      return { ok: true, report: await syncWithFolder(vault, request.folder, { now: new Date(request.now) }) };
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
    keys.syncKey.fill(0);
    keys.erasureKey.fill(0);
  }
}

// Loaded anywhere but in a worker started by in-worker.ts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  giveWayToTheAdviser();
  const port = parentPort;
  const data = workerData as SyncWorkerData;
  // A view on the cloned bytes: the only copy in this thread, gone with the thread.
  const dataKey = Buffer.from(data.dataKey.buffer, data.dataKey.byteOffset, data.dataKey.byteLength);
  // One sync at a time: the schedule asks for no more, and a queue keeps it so.
  let queue = Promise.resolve();
  port.on('message', (request: SyncRequest) => {
    queue = queue.then(async () => {
      port.postMessage({ id: request.id, started: true } satisfies SyncWorkerMessage);
      const outcome = await run(data, dataKey, request);
      port.postMessage({ id: request.id, outcome } satisfies SyncWorkerMessage);
    });
  });
}
