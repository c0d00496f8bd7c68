// The search index: one FTS5 table inside the encrypted database holding folded
// text for each searchable record. Services keep it current as records change.
import { foldForSearch, searchTerms } from '../../../shared/search-text';
import type { SqliteDatabase } from '../../db/open';

export type SearchKind = 'client' | 'organisation' | 'interview' | 'plan';
export type SearchHit = { kind: SearchKind; recordId: string };

export function indexRecord(sqlite: SqliteDatabase, kind: SearchKind, recordId: string, parts: string[]): void {
  const key = `${kind}:${recordId}`;
  const text = foldForSearch(parts.filter(Boolean).join(' '));
  const existing = sqlite.prepare('SELECT fts_rowid FROM search_rows WHERE record_key = ?').get(key) as { fts_rowid: number } | undefined;
  if (existing) {
    sqlite.prepare('UPDATE search_index SET text = ? WHERE rowid = ?').run(text, existing.fts_rowid);
    return;
  }
  const inserted = sqlite.prepare('INSERT INTO search_index (kind, record_id, text) VALUES (?, ?, ?)').run(kind, recordId, text);
  sqlite.prepare('INSERT INTO search_rows (record_key, fts_rowid) VALUES (?, ?)').run(key, inserted.lastInsertRowid);
}

export function removeRecord(sqlite: SqliteDatabase, kind: SearchKind, recordId: string): void {
  const key = `${kind}:${recordId}`;
  const existing = sqlite.prepare('SELECT fts_rowid FROM search_rows WHERE record_key = ?').get(key) as { fts_rowid: number } | undefined;
  if (!existing) return;
  sqlite.prepare('DELETE FROM search_index WHERE rowid = ?').run(existing.fts_rowid);
  sqlite.prepare('DELETE FROM search_rows WHERE record_key = ?').run(key);
}

/** Every word typed must match the start of a word in the record, in any order. */
export function findRecords(sqlite: SqliteDatabase, query: string, limit: number): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const match = terms.map((term) => `"${term}"*`).join(' AND ');
  const rows = sqlite
    .prepare('SELECT kind, record_id AS recordId FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?')
    .all(match, limit) as SearchHit[];
  return rows;
}
