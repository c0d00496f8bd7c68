// sync_record_all_ms: every record in the practice recorded into the vault's
// documents, as the app does in the background (record.ts): over weeks as the
// practice is worked, or at once in the minutes after the update that brings
// sync to a vault already full. Nobody waits for it, so it has no target.
// sync_initial_ms: then the whole practice's first sync into an empty shared folder.
// sync_one_change_ms: one edited note reaching a second computer: the first
// syncs, then the second, which was set up from a copy of the vault made after
// the first sync (as a restored backup is). Both on this disk, as a Syncthing
// folder would be; a network share or USB stick adds its own time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema';
import { openEncryptedDatabase } from '../db/open';
import { getInterview, saveNotes } from '../services/interviews';
import { syncWithFolder } from '../services/sync';
import { recordChanges } from '../services/sync/record';
import type { OpenVault } from '../vault';

export async function timeSync(
  vault: OpenVault,
  second: { database: string; dataKey: Buffer; nativeBinding: string | undefined },
  workspace: string,
): Promise<{ recordAllMs: number; initialMs: number; oneChangeMs: number }> {
  const folder = join(workspace, 'shared-folder');
  mkdirSync(folder);
  // A kept practice may have synced in an earlier run: every record counts as new again.
  vault.sqlite.exec(`DELETE FROM sync_documents; DELETE FROM sync_row_ids; DELETE FROM sync_conflicts;
    INSERT OR IGNORE INTO sync_outbox (entity) SELECT 'client:' || id FROM clients;
    INSERT OR IGNORE INTO sync_outbox (entity) VALUES ('practice');`);
  const recordStarted = performance.now();
  // As the app's background records: 500 at a time, in one thread (without its second's pause between).
  while ((await recordChanges(vault, { limit: 500, useDocumentThread: false })).more);
  const recordAllMs = performance.now() - recordStarted;
  const initialStarted = performance.now();
  await syncWithFolder(vault, folder);
  const initialMs = performance.now() - initialStarted;

  vault.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(vault.sqlite.name, second.database);
  const sqlite = openEncryptedDatabase(second.database, second.dataKey, { nativeBinding: second.nativeBinding });
  try {
    const other = { sqlite, db: drizzle({ client: sqlite, schema }), syncKey: vault.syncKey };
    const { id } = vault.sqlite.prepare('SELECT id FROM interviews ORDER BY id LIMIT 1').get() as { id: string };
    const note = `Edited for the sync benchmark at ${new Date().toISOString()}`;
    saveNotes(vault, id, 0, note);
    const changeStarted = performance.now();
    await syncWithFolder(vault, folder);
    await syncWithFolder(other, folder);
    const oneChangeMs = performance.now() - changeStarted;
    if (getInterview(other, id).stages[0]?.notes !== note)
      throw new Error("the benchmark's edited note did not reach the second vault");
    return { recordAllMs, initialMs, oneChangeMs };
  } finally {
    sqlite.close();
  }
}
