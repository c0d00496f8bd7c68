// This vault's copy of each synced document: its saved form, its heads, what was
// last sent to the folder and how the folder's copy looked then (sync_documents),
// and the outbox the tables' triggers fill as records change (sync_outbox).
import { next as A } from '@automerge/automerge';
import type { SqliteDatabase } from '../../db/open';
import { emptyDocument, headsOf, type SyncDoc } from './documents';

export const catalogId = 'catalog';

export type LocalStore = ReturnType<typeof localStore>;

export type Stored = {
  documentId: string;
  entity: string;
  state: Buffer;
  heads: string;
  sentHeads: string;
  folderSignature: string;
};

export function localStore(sqlite: SqliteDatabase) {
  const get = sqlite.prepare(
    `SELECT document_id AS documentId, entity, state, heads, sent_heads AS sentHeads, folder_signature AS folderSignature
     FROM sync_documents WHERE document_id = ?`,
  );
  const put = sqlite.prepare(
    `INSERT INTO sync_documents (document_id, entity, state, heads, sent_heads, folder_signature)
     VALUES (@documentId, @entity, @state, @heads, @sentHeads, @folderSignature)
     ON CONFLICT(document_id) DO UPDATE SET entity = @entity, state = @state, heads = @heads, sent_heads = @sentHeads,
       folder_signature = @folderSignature`,
  );
  // Deciding whether a document needs anything reads its heads, never its saved form.
  const peek = sqlite.prepare(
    `SELECT document_id AS documentId, entity, heads, sent_heads AS sentHeads, folder_signature AS folderSignature
     FROM sync_documents WHERE document_id = ?`,
  );
  const markSent = sqlite.prepare(
    'UPDATE sync_documents SET sent_heads = ?, folder_signature = ? WHERE document_id = ?',
  );
  const remove = sqlite.prepare('DELETE FROM sync_documents WHERE document_id = ?');
  const unsent = sqlite.prepare(
    `SELECT document_id AS id FROM sync_documents WHERE entity <> 'catalog' AND heads <> sent_heads`,
  );
  const inOutbox = sqlite.prepare('SELECT 1 FROM sync_outbox WHERE entity = ?');
  const clearOutbox = sqlite.prepare('DELETE FROM sync_outbox WHERE entity = ?');
  return {
    get: (documentId: string) => get.get(documentId) as Stored | undefined,
    peek: (documentId: string) => peek.get(documentId) as Omit<Stored, 'state'> | undefined,
    put: (row: Omit<Stored, 'state' | 'heads'> & { doc: SyncDoc }) =>
      put.run({
        ...row,
        doc: undefined,
        state: Buffer.from(A.save(row.doc)),
        heads: JSON.stringify(headsOf(row.doc)),
      }),
    /** A document saved already, with its heads (see newDocumentState). */
    putState: (row: Omit<Stored, 'heads'> & { heads: string[] }) =>
      put.run({ ...row, heads: JSON.stringify(row.heads) }),
    markSent: (documentId: string, sentHeads: string, folderSignature: string) =>
      markSent.run(sentHeads, folderSignature, documentId),
    remove: (documentId: string) => remove.run(documentId),
    // From the primary key's index alone: each row holds a saved document, so reading rows reads them all.
    all: () =>
      (sqlite.prepare('SELECT document_id AS id FROM sync_documents').all() as { id: string }[])
        .map((row) => row.id)
        .filter((id) => id !== catalogId),
    /** Documents changed here since they were last sent. */
    unsent: () => new Set((unsent.all() as { id: string }[]).map((row) => row.id)),
    inOutbox: (entity: string) => inOutbox.get(entity) !== undefined,
    clearOutbox: (entity: string) => clearOutbox.run(entity),
  };
}

/**
 * Gives a document's WebAssembly memory back now rather than when the garbage
 * collector gets round to it: a first sync of a large practice opens tens of
 * thousands of documents. Only a document's latest form is given back, and
 * only once, and never one still in use (an older form or a view shares its memory).
 */
export function release(...docs: (SyncDoc | undefined)[]): void {
  // Each once: freeing one twice would corrupt Automerge's memory, not throw.
  for (const doc of new Set(docs)) if (doc) A.free(doc);
}

export const loadState = (stored: Stored | undefined): SyncDoc => (stored ? A.load(stored.state) : emptyDocument());
