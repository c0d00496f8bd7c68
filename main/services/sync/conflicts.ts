// Values two computers set differently. Automerge keeps both; the tables show
// the one it ranks first, and sync_conflicts lists the field until the adviser
// chooses on the client's page. Choosing writes the chosen value as a new
// change, which replaces both on every computer at their next sync.
import { next as A } from '@automerge/automerge';
import type { SqliteDatabase } from '../../db/open';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { fieldName, isTextColumn, parseFieldName } from './case-file-rows';
import { conflictsOf, headsOf, type SyncDoc } from './documents';
import { projectIntoTables } from './projection';
import { bookkeepingColumns } from './synced-tables';
import type { Waiting } from './waiting-choices';

export function recordConflicts(sqlite: SqliteDatabase, entity: string, doc: SyncDoc, now: Date): number {
  const conflicts = conflictsOf(doc).filter(({ field }) => !bookkeepingColumns.has(parseFieldName(field).column ?? ''));
  const insert = sqlite.prepare(
    `INSERT OR REPLACE INTO sync_conflicts (entity, table_name, row_key, column_name, values_json, noticed_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const { field, values } of conflicts) {
    const { table, row, column = '' } = parseFieldName(field);
    const shown = values.map((value) => (value instanceof Uint8Array ? '[a picture or file]' : value));
    insert.run(entity, table, row, column, JSON.stringify(shown), now.toISOString());
  }
  return conflicts.length;
}

/** A conflict settled elsewhere (chosen on the other computer) leaves the list here too. */
export function clearSettledConflicts(sqlite: SqliteDatabase, entity: string, doc: SyncDoc): void {
  const waiting = sqlite
    .prepare(
      'SELECT table_name AS "table", row_key AS rowKey, column_name AS "column" FROM sync_conflicts WHERE entity = ?',
    )
    .all(entity) as Waiting[];
  if (waiting.length === 0) return;
  const still = new Set(conflictsOf(doc).map((conflict) => conflict.field));
  const remove = sqlite.prepare(
    'DELETE FROM sync_conflicts WHERE entity = ? AND table_name = ? AND row_key = ? AND column_name = ?',
  );
  for (const { table, rowKey, column } of waiting)
    if (!still.has(fieldName(table, rowKey, column))) remove.run(entity, table, rowKey, column);
}

export type ConflictChoice = { entity: string; table: string; rowKey: string; column: string; chosen: number };

/**
 * Keeps the value the adviser chose: recorded as a change on this vault's copy
 * of the document (sent at the next sync) and written into the tables.
 */
export function chooseConflictValue(
  vault: OpenVault,
  choice: ConflictChoice,
  project: (entity: string, doc: SyncDoc) => void,
): void {
  const { sqlite } = vault;
  const row = sqlite
    .prepare(
      `SELECT c.values_json AS valuesJson, d.document_id AS documentId, d.state
       FROM sync_conflicts c JOIN sync_documents d ON d.entity = c.entity
       WHERE c.entity = ? AND c.table_name = ? AND c.row_key = ? AND c.column_name = ?`,
    )
    .get(choice.entity, choice.table, choice.rowKey, choice.column) as
    { valuesJson: string; documentId: string; state: Buffer } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That change has already been settled. Reopen the client to see it.');
  const values = JSON.parse(row.valuesJson) as unknown[];
  const value = values[choice.chosen];
  if (value === undefined || value === '[a picture or file]')
    throw new AppError('VALIDATION', 'Choose one of the values shown.');
  const field = fieldName(choice.table, choice.rowKey, choice.column);
  sqlite.transaction(() => {
    const doc = A.change(A.load<Record<string, unknown>>(row.state), (draft) => {
      // Set afresh even if it is the value shown now: the new change is what settles it on the other computer.
      if (typeof value !== 'string') draft[field] = value as number | null;
      else draft[field] = isTextColumn(choice.table, choice.column) ? value : new A.RawString(value);
    });
    project(choice.entity, doc);
    sqlite
      .prepare('UPDATE sync_documents SET state = ?, heads = ? WHERE document_id = ?')
      .run(Buffer.from(A.save(doc)), JSON.stringify(headsOf(doc)), row.documentId);
    sqlite
      .prepare('DELETE FROM sync_conflicts WHERE entity = ? AND table_name = ? AND row_key = ? AND column_name = ?')
      .run(choice.entity, choice.table, choice.rowKey, choice.column);
  })();
}

export function chooseValue(vault: OpenVault, choice: ConflictChoice): void {
  chooseConflictValue(vault, choice, (entity, doc) => projectIntoTables(vault, entity, doc));
}
