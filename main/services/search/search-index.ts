// The search index: one FTS5 table inside the encrypted database holding folded
// text for each searchable record. Services keep it current as records change.
import { foldForSearch, searchTerms } from '../../../shared/search-text';
import type { SqliteDatabase } from '../../db/open';

export type SearchKind = 'client' | 'organisation' | 'interview' | 'plan';
export type SearchHit = { kind: SearchKind; recordId: string };

/** Statements prepared once per connection: indexing runs on every save and every imported row. */
const preparedFor = new WeakMap<SqliteDatabase, ReturnType<typeof prepare>>();

function prepare(sqlite: SqliteDatabase) {
  return {
    find: sqlite.prepare('SELECT fts_rowid FROM search_rows WHERE record_key = ?'),
    update: sqlite.prepare('UPDATE search_index SET text = ? WHERE rowid = ?'),
    insert: sqlite.prepare('INSERT INTO search_index (kind, record_id, text) VALUES (?, ?, ?)'),
    insertRow: sqlite.prepare('INSERT INTO search_rows (record_key, fts_rowid) VALUES (?, ?)'),
    remove: sqlite.prepare('DELETE FROM search_index WHERE rowid = ?'),
    removeRow: sqlite.prepare('DELETE FROM search_rows WHERE record_key = ?'),
  };
}

function statements(sqlite: SqliteDatabase) {
  let prepared = preparedFor.get(sqlite);
  if (!prepared) {
    prepared = prepare(sqlite);
    preparedFor.set(sqlite, prepared);
  }
  return prepared;
}

export function indexRecord(sqlite: SqliteDatabase, kind: SearchKind, recordId: string, parts: string[]): void {
  const key = `${kind}:${recordId}`;
  const text = foldForSearch(parts.filter(Boolean).join(' '));
  const statement = statements(sqlite);
  const existing = statement.find.get(key) as { fts_rowid: number } | undefined;
  if (existing) {
    statement.update.run(text, existing.fts_rowid);
    return;
  }
  const inserted = statement.insert.run(kind, recordId, text);
  statement.insertRow.run(key, inserted.lastInsertRowid);
}

export function removeRecord(sqlite: SqliteDatabase, kind: SearchKind, recordId: string): void {
  const key = `${kind}:${recordId}`;
  const statement = statements(sqlite);
  const existing = statement.find.get(key) as { fts_rowid: number } | undefined;
  if (!existing) return;
  statement.remove.run(existing.fts_rowid);
  statement.removeRow.run(key);
}

/** Every word typed must match the start of a word in the record, in any order. */
export function findRecords(sqlite: SqliteDatabase, query: string, limit: number): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const match = terms.map((term) => `"${term}"*`).join(' AND ');
  // One or two letters are the start of a name being typed. Ranking the thousands of records
  // they match (notes included) took up to 120 ms at 20,000 clients, so such a query looks only
  // at people and organisations, in index order, and stops at the limit (a few milliseconds).
  const isNameStart = terms.every((term) => term.length < 3);
  const sql = isNameStart
    ? `SELECT kind, record_id AS recordId FROM search_index WHERE search_index MATCH ? AND kind IN ('client', 'organisation') LIMIT ?`
    : 'SELECT kind, record_id AS recordId FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?';
  return sqlite.prepare(sql).all(match, limit) as SearchHit[];
}
