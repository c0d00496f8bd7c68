// encryption_overhead_ratio: the same workload on an encrypted and a plain
// database, like for like. Both files are opened with the same settings after
// the key (applyConnectionSettings: WAL, synchronous=FULL, temp_store, foreign
// keys, secure_delete), the same page size and cache size, and are given the
// same schema, statements and data. The rounds are interleaved (plain,
// encrypted, encrypted, plain, ...) so neither side gets the warm-up, a warmer
// page cache or a quieter moment for itself. The first version ran the plain
// side first, on default settings, and came out below 1.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyConnectionSettings, openEncryptedDatabase, type SqliteDatabase } from '../db/open';

const schema = `
  CREATE TABLE notes (id INTEGER PRIMARY KEY, client TEXT NOT NULL, body TEXT NOT NULL);
  CREATE INDEX notes_client ON notes (client);
  CREATE VIRTUAL TABLE notes_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');`;

/** One round: a bulk write in one transaction (an import), small durable commits (autosaves), indexed reads and searches. */
function round(sqlite: SqliteDatabase, roundNumber: number): number {
  const insert = sqlite.prepare('INSERT INTO notes (client, body) VALUES (?, ?)');
  const index = sqlite.prepare('INSERT INTO notes_search (rowid, body) VALUES (?, ?)');
  const select = sqlite.prepare('SELECT count(*), max(length(body)) FROM notes WHERE client = ?');
  const search = sqlite.prepare('SELECT rowid FROM notes_search WHERE notes_search MATCH ? LIMIT 20');
  const started = performance.now();
  sqlite.transaction(() => {
    for (let row = 0; row < 5_000; row += 1) {
      const body = `Notes from interview ${roundNumber}-${row}: talked about courses, apprenticeships and next steps.`;
      index.run(insert.run(`client-${row % 2_000}`, body).lastInsertRowid, body);
    }
  })();
  for (let commit = 0; commit < 20; commit += 1) insert.run('client-autosave', 'x'.repeat(2_048));
  for (let read = 0; read < 2_000; read += 1) select.get(`client-${read}`);
  for (const word of ['apprenticeships', 'courses', 'interview', 'next']) search.all(word);
  return performance.now() - started;
}

export function encryptionOverhead(
  workspace: string,
  dataKey: Buffer,
  nativeBinding: string | undefined,
  rounds = 6,
): number {
  const plain = new Database(join(workspace, 'plain.db'), nativeBinding ? { nativeBinding } : {});
  const encrypted = openEncryptedDatabase(join(workspace, 'encrypted.db'), dataKey, { nativeBinding });
  try {
    applyConnectionSettings(plain);
    for (const sqlite of [plain, encrypted]) sqlite.exec(schema);
    const pageSizes = [plain, encrypted].map(
      (sqlite) =>
        `${String(sqlite.pragma('page_size', { simple: true }))}/${String(sqlite.pragma('cache_size', { simple: true }))}`,
    );
    if (pageSizes[0] !== pageSizes[1])
      throw new Error(
        `the plain and encrypted databases differ in page or cache size (${pageSizes.join(' against ')})`,
      );
    const totals = { plain: 0, encrypted: 0 };
    for (let turn = 0; turn < rounds; turn += 1) {
      // ABBA: each side goes first as often as the other.
      const order = turn % 2 === 0 ? (['plain', 'encrypted'] as const) : (['encrypted', 'plain'] as const);
      for (const side of order) totals[side] += round(side === 'plain' ? plain : encrypted, turn);
    }
    return totals.encrypted / totals.plain;
  } finally {
    plain.close();
    encrypted.close();
  }
}
