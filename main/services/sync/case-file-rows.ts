// A document's rows in the SQL tables: read them out as fields, and write a
// merged document's fields back. A field is one column of one row, named
// `table␟row␟column`; a row also has a marker field `table␟row`, so an empty
// row and a removed one differ. Rows are named by their key columns, or by a
// random id for tables whose integer keys both computers would hand out.
import { createHash } from 'node:crypto';
import type { SqliteDatabase } from '../../db/open';
import { syncedTables, type SyncedTable } from './synced-tables';

export type FieldValue = string | number | Uint8Array | null | true;
export type Fields = Map<string, FieldValue>;

const unit = '\u001f';
/** Joins the key columns of a row named by several (`plan␞action`). */
export const keyJoin = '\u001e';

export const fieldName = (table: string, row: string, column?: string): string =>
  column === undefined ? `${table}${unit}${row}` : `${table}${unit}${row}${unit}${column}`;

export function parseFieldName(name: string): { table: string; row: string; column?: string } {
  const [table = '', row = '', column] = name.split(unit);
  return column === undefined ? { table, row } : { table, row, column };
}

export const isTextColumn = (table: string, column: string): boolean =>
  byName.get(table)?.text?.includes(column) ?? false;

const byName = new Map(syncedTables.map((table) => [table.table, table]));

/** As isTextColumn for a field's name, without splitting it: a first sync asks for every field of every case file. */
export function isTextField(name: string): boolean {
  const first = name.indexOf(unit);
  const last = name.lastIndexOf(unit);
  return first !== last && isTextColumn(name.slice(0, first), name.slice(last + 1));
}

type Entity = { kind: 'client'; clientId: string } | { kind: 'practice' };

export function parseEntity(entity: string): Entity | undefined {
  if (entity === 'practice') return { kind: 'practice' };
  if (entity.startsWith('client:') && entity.length > 7) return { kind: 'client', clientId: entity.slice(7) };
  return undefined;
}

/** The rows of one table that belong to a document, as a WHERE clause on the table itself. */
function ownedRows(table: SyncedTable, entity: Entity): { where: string; params: string[] } {
  const self = (sql: string) => sql.replaceAll('$.', '');
  const notLocal = table.localOnly ? ` AND NOT (${self(table.localOnly)})` : '';
  if (entity.kind === 'practice') {
    if (table.entity === `'practice'`) return { where: `1 = 1${notLocal}`, params: [] };
    if (table.table === 'disclosures') return { where: 'client_id IS NULL', params: [] };
    return { where: '0 = 1', params: [] };
  }
  const { clientId } = entity;
  if (table.table === 'clients') return { where: 'id = ?', params: [clientId] };
  if (table.entity.includes('FROM interviews'))
    return { where: 'interview_id IN (SELECT id FROM interviews WHERE client_id = ?)', params: [clientId] };
  if (table.entity.includes('FROM action_plans'))
    return { where: 'plan_id IN (SELECT id FROM action_plans WHERE client_id = ?)', params: [clientId] };
  if (table.entity.includes('$.client_id')) return { where: 'client_id = ?', params: [clientId] };
  return { where: '0 = 1', params: [] };
}

type Statements = {
  columns: (table: string) => string[];
  rowsOf: (table: SyncedTable, entity: Entity) => Record<string, unknown>[];
  syncIdOf: (table: string, row: Record<string, unknown>) => string;
  localIdOf: (table: string, syncId: string) => number | undefined;
};

/** Prepared once per connection: a first sync reads every client's rows. */
const preparedFor = new WeakMap<SqliteDatabase, Statements>();

function statementsFor(sqlite: SqliteDatabase): Statements {
  let statements = preparedFor.get(sqlite);
  if (!statements) preparedFor.set(sqlite, (statements = prepareStatements(sqlite)));
  return statements;
}

function prepareStatements(sqlite: SqliteDatabase): Statements {
  const columnCache = new Map<string, string[]>();
  const selects = new Map<string, ReturnType<typeof sqlite.prepare<unknown[]>>>();
  const select = (sql: string) => {
    let statement = selects.get(sql);
    if (!statement) selects.set(sql, (statement = sqlite.prepare<unknown[]>(sql)));
    return statement;
  };
  const findSyncId = sqlite.prepare('SELECT sync_id AS syncId FROM sync_row_ids WHERE table_name = ? AND local_id = ?');
  const findLocalId = sqlite.prepare(
    'SELECT local_id AS localId FROM sync_row_ids WHERE table_name = ? AND sync_id = ?',
  );
  const addMapping = sqlite.prepare('INSERT INTO sync_row_ids (table_name, local_id, sync_id) VALUES (?, ?, ?)');
  return {
    columns(table) {
      let columns = columnCache.get(table);
      if (!columns) {
        columns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
        columnCache.set(table, columns);
      }
      return columns;
    },
    rowsOf(table, entity) {
      const { where, params } = ownedRows(table, entity);
      if (where === '0 = 1') return [];
      const sql = `SELECT * FROM ${table.table} WHERE ${where}`;
      return select(sql).all(...params) as Record<string, unknown>[];
    },
    syncIdOf(table, row) {
      const localId = Number(row.id);
      const found = findSyncId.get(table, localId) as { syncId: string } | undefined;
      if (found) return found.syncId;
      // Made from the row as it is first sent, not at random: two computers set up from one copy of
      // the vault name the rows they both already had alike, so neither arrives twice.
      const content = JSON.stringify(Object.entries(row), (_key, value: unknown) =>
        Buffer.isBuffer(value) ? value.toString('base64') : value,
      );
      const syncId = createHash('sha256').update(`${table}\u0000${content}`).digest('hex').slice(0, 32);
      addMapping.run(table, localId, syncId);
      return syncId;
    },
    localIdOf(table, syncId) {
      return (findLocalId.get(table, syncId) as { localId: number } | undefined)?.localId;
    },
  };
}

const asField = (value: unknown): FieldValue => {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (Buffer.isBuffer(value)) return new Uint8Array(value);
  return value as string | number;
};

/** Reads every field of a document's rows. Must run inside a transaction (it may add row ids). */
export function readFields(sqlite: SqliteDatabase, entityName: string): Fields {
  const entity = parseEntity(entityName);
  const fields: Fields = new Map();
  if (!entity) return fields;
  const statements = statementsFor(sqlite);
  for (const table of syncedTables) {
    for (const row of statements.rowsOf(table, entity)) {
      const name =
        table.key === 'integer'
          ? statements.syncIdOf(table.table, row)
          : table.key.map((column) => String(row[column])).join(keyJoin);
      fields.set(fieldName(table.table, name), true);
      for (const [column, value] of Object.entries(row)) {
        if (table.key === 'integer' && column === 'id') continue;
        fields.set(fieldName(table.table, name, column), asField(value));
      }
    }
  }
  return fields;
}

type Row = Map<string, FieldValue>;

function rowsOf(fields: Fields): Map<string, Map<string, Row>> {
  const tables = new Map<string, Map<string, Row>>();
  for (const [name, value] of fields) {
    const { table, row, column } = parseFieldName(name);
    let rows = tables.get(table);
    if (!rows) tables.set(table, (rows = new Map()));
    let columns = rows.get(row);
    if (!columns) rows.set(row, (columns = new Map()));
    if (column !== undefined) columns.set(column, value);
  }
  // A field whose row marker is gone belongs to a removed row (one computer removed it while the other edited it).
  for (const [table, rows] of tables)
    for (const row of rows.keys()) if (!fields.has(fieldName(table, row))) rows.delete(row);
  return tables;
}

const quoted = (column: string): string => `"${column}"`;

const sqlValue = (value: FieldValue | undefined): unknown =>
  value instanceof Uint8Array ? Buffer.from(value) : value === true ? 1 : (value ?? null);

const sameValue = (a: FieldValue | undefined, b: FieldValue | undefined): boolean => {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.from(a).equals(Buffer.from(b));
  return (a ?? null) === (b ?? null);
};

/**
 * Runs each write; one a unique index refuses is tried again once the others have run, for as long
 * as any gets through (a renumbered row moves out of the way of the next). SQLite undoes only the
 * refused statement, not the transaction. One still refused when nothing moves is thrown.
 */
function inTurn(writes: (() => void)[]): void {
  let waiting = writes;
  while (waiting.length > 0) {
    const refused = waiting.filter((write) => {
      try {
        write();
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
        throw error;
      }
    });
    // Nothing got through: the first is run once more, to throw its refusal.
    if (refused.length === waiting.length) refused.shift()?.();
    waiting = refused;
  }
}

export type WriteReport = { removed: { table: string; key: Record<string, unknown> }[] };

/**
 * Makes the tables hold exactly the document's rows: removed rows deleted
 * (children first), new rows inserted and changed columns updated (parents
 * first). Columns this version does not know are left out; a row from an older
 * version keeps the tables' defaults for columns it did not have. Runs inside
 * the caller's transaction, with foreign keys checked at its end.
 */
export function writeFields(sqlite: SqliteDatabase, entityName: string, wanted: Fields): WriteReport {
  const statements = statementsFor(sqlite);
  const current = rowsOf(readFields(sqlite, entityName));
  const target = rowsOf(wanted);
  const removed: WriteReport['removed'] = [];
  const whereKey = (table: SyncedTable, row: string, values: Row | undefined) => {
    if (table.key === 'integer') return { where: 'id = ?', params: [statements.localIdOf(table.table, row)] };
    const parts = row.split(keyJoin);
    return {
      where: table.key.map((column) => `${quoted(column)} = ?`).join(' AND '),
      params: table.key.map((column, index) => sqlValue(values?.get(column) ?? parts[index] ?? null)),
    };
  };

  for (const table of [...syncedTables].reverse()) {
    const have = current.get(table.table);
    if (!have) continue;
    for (const [row, values] of have) {
      if (target.get(table.table)?.has(row)) continue;
      const { where, params } = whereKey(table, row, values);
      sqlite.prepare(`DELETE FROM ${table.table} WHERE ${where}`).run(...params);
      removed.push({ table: table.table, key: Object.fromEntries(table.key === 'integer' ? [] : [...values]) });
    }
  }

  for (const table of syncedTables) {
    const rows = target.get(table.table);
    if (!rows) continue;
    const known = new Set(statements.columns(table.table));
    // Rows already here are changed before new ones are added, and a write a unique index refuses waits
    // for the others, so a row another computer renumbered (an invoice, a plan version: unique-rows.ts)
    // frees its number before the row that keeps it arrives, or moves along to free it.
    const changes: (() => void)[] = [];
    const added: (() => void)[] = [];
    for (const [row, values] of rows) {
      // An integer id is this computer's own: a row from elsewhere gets a new one here.
      const columns = [...values.keys()].filter(
        (column) => known.has(column) && !(table.key === 'integer' && column === 'id'),
      );
      const { where, params } = whereKey(table, row, values);
      // Found wherever it is now: an erased client's disclosure moves from their case file to the practice.
      const existing =
        table.key === 'integer' && params[0] === undefined
          ? undefined
          : (sqlite.prepare(`SELECT * FROM ${table.table} WHERE ${where}`).get(...params) as
              Record<string, unknown> | undefined);
      const insert = () =>
        Number(
          sqlite
            .prepare(
              `INSERT INTO ${table.table} (${columns.map(quoted).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            )
            .run(...columns.map((column) => sqlValue(values.get(column)))).lastInsertRowid,
        );
      if (!existing) {
        added.push(() => {
          const localId = insert();
          if (table.key === 'integer')
            sqlite
              .prepare('INSERT INTO sync_row_ids (table_name, local_id, sync_id) VALUES (?, ?, ?)')
              .run(table.table, localId, row);
        });
        continue;
      }
      const changed = columns.filter((column) => !sameValue(asField(existing[column]), values.get(column)));
      if (changed.length === 0) continue;
      // A row that never changes (a finalised plan version) is replaced when another computer renumbered it.
      if (table.isImmutable) {
        changes.push(() => {
          sqlite.prepare(`DELETE FROM ${table.table} WHERE ${where}`).run(...params);
          const localId = insert();
          if (table.key === 'integer')
            sqlite
              .prepare('UPDATE sync_row_ids SET local_id = ? WHERE table_name = ? AND sync_id = ?')
              .run(localId, table.table, row);
        });
        continue;
      }
      changes.push(() =>
        sqlite
          .prepare(
            `UPDATE ${table.table} SET ${changed.map((column) => `${quoted(column)} = ?`).join(', ')} WHERE ${where}`,
          )
          .run(...changed.map((column) => sqlValue(values.get(column))), ...params),
      );
    }
    inTurn([...changes, ...added]);
  }
  return { removed };
}
