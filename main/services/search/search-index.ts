// The search indexes: FTS5 tables inside the encrypted database holding folded
// text for each searchable record. Services keep them current as records change.
// People and organisations are in name_index, interview notes and plans in
// search_index (migration 0021): a name being typed is answered without
// reading the word lists of half a million notes.
import { foldForSearch, searchTerms } from '../../../shared/search-text';
import type { SqliteDatabase } from '../../db/open';

export type SearchKind = 'client' | 'organisation' | 'interview' | 'plan';
export type SearchHit = { kind: SearchKind; recordId: string };

type IndexTable = 'name_index' | 'search_index';

function indexOf(kind: SearchKind): IndexTable {
  return kind === 'client' || kind === 'organisation' ? 'name_index' : 'search_index';
}

/** Statements prepared once per connection: indexing runs on every save and every imported row. */
const preparedFor = new WeakMap<SqliteDatabase, ReturnType<typeof prepare>>();

function prepare(sqlite: SqliteDatabase) {
  const forIndex = (table: IndexTable) => ({
    update: sqlite.prepare(`UPDATE ${table} SET text = ? WHERE rowid = ?`),
    insert: sqlite.prepare(`INSERT INTO ${table} (kind, record_id, text) VALUES (?, ?, ?)`),
    remove: sqlite.prepare(`DELETE FROM ${table} WHERE rowid = ?`),
  });
  return {
    find: sqlite.prepare('SELECT fts_rowid FROM search_rows WHERE record_key = ?'),
    insertRow: sqlite.prepare('INSERT INTO search_rows (record_key, fts_rowid) VALUES (?, ?)'),
    removeRow: sqlite.prepare('DELETE FROM search_rows WHERE record_key = ?'),
    name_index: forIndex('name_index'),
    search_index: forIndex('search_index'),
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
  const index = statement[indexOf(kind)];
  const existing = statement.find.get(key) as { fts_rowid: number } | undefined;
  if (existing) {
    index.update.run(text, existing.fts_rowid);
    return;
  }
  const inserted = index.insert.run(kind, recordId, text);
  statement.insertRow.run(key, inserted.lastInsertRowid);
}

export function removeRecord(sqlite: SqliteDatabase, kind: SearchKind, recordId: string): void {
  const key = `${kind}:${recordId}`;
  const statement = statements(sqlite);
  const existing = statement.find.get(key) as { fts_rowid: number } | undefined;
  if (!existing) return;
  statement[indexOf(kind)].remove.run(existing.fts_rowid);
  statement.removeRow.run(key);
}

/** FTS5 keeps deleted words in old segments until they are merged: after an erasure, both indexes are rewritten. */
export function rewriteSearchIndexes(sqlite: SqliteDatabase): void {
  for (const table of ['name_index', 'search_index'] satisfies IndexTable[])
    sqlite.prepare(`INSERT INTO ${table}(${table}) VALUES ('optimize')`).run();
}

/**
 * Every word typed must match the start of a word in the record, in any order.
 * People and organisations come first, the best match first; then, once every
 * word has three letters, the notes and plans that match, newest first.
 * One or two letters are the start of a name being typed: names only, in index
 * order, stopping at the limit. Ranking every note that matches took 0.4 s at
 * 100,000 clients for a common word; the newest are what an adviser looks for.
 */
export function findRecords(sqlite: SqliteDatabase, query: string, limit: number): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const match = terms.map((term) => `"${term}"*`).join(' AND ');
  const isNameStart = terms.every((term) => term.length < 3);
  const names = sqlite
    .prepare(
      `SELECT kind, record_id AS recordId FROM name_index WHERE name_index MATCH ? ${isNameStart ? '' : 'ORDER BY rank'} LIMIT ?`,
    )
    .all(match, limit) as SearchHit[];
  if (isNameStart) return names;
  const notes = sqlite
    .prepare(
      'SELECT kind, record_id AS recordId FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?',
    )
    .all(match, limit) as SearchHit[];
  return [...names, ...notes];
}
