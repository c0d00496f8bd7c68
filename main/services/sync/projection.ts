// Writing a merged document into the tables and the search index, as if the
// services had made each change here: the tables stay what the app reads.
import type { OpenVault } from '../../vault';
import { reindexClient } from '../clients/records';
import { reindexNotes } from '../interviews/records';
import { indexPlan } from '../plans/records';
import { removeRecord } from '../search/search-index';
import { parseEntity, parseFieldName, writeFields } from './case-file-rows';
import { fieldsOf, type SyncDoc } from './documents';

/** Writes the document's rows into the tables and the search index; returns the document as projected. */
export function projectIntoTables(vault: OpenVault, entity: string, doc: SyncDoc): void {
  const { sqlite } = vault;
  sqlite.pragma('defer_foreign_keys = ON');
  const fields = fieldsOf(doc);
  const { removed } = writeFields(sqlite, entity, fields);
  for (const { table, key } of removed) {
    if (table === 'interviews') removeRecord(sqlite, 'interview', String(key.id));
    if (table === 'action_plans') removeRecord(sqlite, 'plan', String(key.id));
  }
  const parsed = parseEntity(entity);
  if (parsed?.kind === 'client') {
    reindexClient(vault, parsed.clientId);
    for (const name of fields.keys()) {
      const { table, row, column } = parseFieldName(name);
      if (column !== undefined) continue;
      if (table === 'interviews') reindexNotes(vault, row);
      if (table === 'action_plans') {
        const draft = fields.get(`${name}\u001fdraft`);
        if (typeof draft === 'string') indexPlan(vault, row, JSON.parse(draft));
      }
    }
  }
  // The tables now match the document: the triggers' entry is not a change made here.
  sqlite.prepare('DELETE FROM sync_outbox WHERE entity = ?').run(entity);
}
