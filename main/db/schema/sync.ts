// Sync's own bookkeeping (main/services/sync): each synced record's Automerge
// document as this vault last saw it, which records changed since, and the
// random ids that stand for this vault's integer row ids on other computers.
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** One row per Automerge document: a client's case file, the practice's records, or the catalog. */
export const syncDocuments = sqliteTable(
  'sync_documents',
  {
    documentId: text('document_id').primaryKey(),
    /** What the document holds: `client:<id>`, `practice` or `catalog`. */
    entity: text('entity').notNull(),
    /** Automerge's saved form of the document, as the SQL tables last matched it. */
    state: blob('state', { mode: 'buffer' }).notNull(),
    /** The document's heads (JSON), so deciding whether to send it needs no loading. */
    heads: text('heads').notNull().default('[]'),
    /** The heads (JSON) the shared folder is known to hold, so an unchanged document is not sent again. */
    sentHeads: text('sent_heads').notNull().default('[]'),
    /** The folder's file listing for this document when last read, so an unchanged one is not read again. */
    folderSignature: text('folder_signature').notNull().default(''),
  },
  (table) => [
    uniqueIndex('sync_documents_entity').on(table.entity),
    // The documents changed here since last sent, found without reading every row: each row
    // holds a saved document, so a scan reads the whole table (half a second at 20,000 clients).
    index('sync_documents_unsent')
      .on(table.documentId)
      .where(sql`${table.heads} <> ${table.sentHeads}`),
  ],
);

/** Records changed since the last sync, filled by triggers on every synced table (migration 0018). */
export const syncOutbox = sqliteTable('sync_outbox', {
  entity: text('entity').primaryKey(),
});

/** Tables keyed by an integer that two computers would both hand out: a random id travels instead. */
export const syncRowIds = sqliteTable(
  'sync_row_ids',
  {
    tableName: text('table_name').notNull(),
    localId: integer('local_id').notNull(),
    syncId: text('sync_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tableName, table.localId] }),
    uniqueIndex('sync_row_ids_sync_id').on(table.tableName, table.syncId),
  ],
);

/** A value two computers set differently: both are kept until the adviser chooses. */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    entity: text('entity').notNull(),
    tableName: text('table_name').notNull(),
    rowKey: text('row_key').notNull(),
    column: text('column_name').notNull(),
    /** JSON array of the values kept, the one the tables show first. */
    values: text('values_json').notNull(),
    noticedAt: text('noticed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.entity, table.tableName, table.rowKey, table.column] })],
);
