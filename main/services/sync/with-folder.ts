// Sync between an adviser's computers through a folder they share (Syncthing,
// a NAS, a cloud-synced folder, a USB stick). Each client's case file and the
// practice's own records are Automerge documents; this vault keeps each one
// as the tables last matched it, and the folder holds them sealed (see
// folder-store.ts). A sync records what changed here as Automerge changes,
// merges each document with the folder's, writes back what the folder lacks
// and writes what arrived into the tables. Nothing is sent in the clear and
// nothing is overwritten: values set differently on two computers are both
// kept until the adviser chooses (sync_conflicts).
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { next as A } from '@automerge/automerge';
import type { StorageKey } from '@automerge/automerge-repo';
import type { SqliteDatabase } from '../../db/open';
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault } from '../../vault';
import { eraseClient } from '../erasure';
import { parseEntity, readFields, type Fields } from './case-file-rows';
import { projectIntoTables } from './projection';
import {
  builtOnOf,
  emptyDocument,
  entityOfDocument,
  generationOf,
  headsOf,
  newDocumentState,
  rectifiedSince,
  rewritten,
  sameHeads,
  withEditsSince,
  withFields,
  type SyncDoc,
} from './documents';
import { clearSettledConflicts, recordConflicts } from './conflicts';
import { documentIdOf } from './document-id';
import { startDocumentMaker, type DocumentMaker, type Made } from './document-maker';
import { documentDirectory, FolderStore, FolderUnavailableError } from './folder-store';
import { readJournal } from './journal';
import { withUniqueRows } from './unique-rows';

const log = createLogger('sync');

export type SyncReport = {
  sent: number;
  received: number;
  conflicts: number;
  skipped: { file: string; reason: string }[];
};

export type SyncOptions = {
  now?: Date;
  /** Tests only: the thread that makes new documents, used however few there are (see document-maker.ts). */
  documentMaker?: DocumentMaker;
};

const catalogId = 'catalog';
/** A catalog field naming an erased document: `erased:<document id>`, its value the day of erasure. */
const tombstonePrefix = 'erased:';
/**
 * What a sync learnt is recorded fifty documents to a commit: each commit waits for the disk
 * (synchronous=FULL), and meanwhile the app's own saves wait for the commit (main/db/open.ts).
 */
const recordBatch = 50;
/** Changes made here are recorded ten documents to a commit, so new ones can go to the folder meanwhile. */
const commitEvery = 10;
/** From this many new documents a sync makes them in a thread of its own; fewer take less than starting it. */
const threadFrom = 100;
/** New documents sent to that thread at once, each batch read in one commit and recorded in another. */
const makeEvery = 20;
/** New documents on their way to the folder at once: each waits on a dozen file operations in turn. */
const sendingAtOnce = 256;
/** Once a document has this many chunks in the folder, they are folded into one. */
const compactAfter = 16;

type Stored = {
  documentId: string;
  entity: string;
  state: Buffer;
  heads: string;
  sentHeads: string;
  folderSignature: string;
};

function localStore(sqlite: SqliteDatabase) {
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
function release(...docs: (SyncDoc | undefined)[]): void {
  // Each once: freeing one twice would corrupt Automerge's memory, not throw.
  for (const doc of new Set(docs)) if (doc) A.free(doc);
}

const loadState = (stored: Stored | undefined): SyncDoc => (stored ? A.load(stored.state) : emptyDocument());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const parseHeads = (json: string | undefined): string[] => (json ? (JSON.parse(json) as string[]) : []);

type FolderDocument = { doc: SyncDoc; chunkKeys: string[][] };

async function loadFromFolder(
  store: FolderStore,
  documentId: string,
  skip: (file: string, reason: string) => void,
): Promise<FolderDocument> {
  const chunks = await store.loadRange([documentId]);
  let doc = emptyDocument();
  const chunkKeys: string[][] = [];
  // Snapshots first: an incremental chunk usually builds on one.
  chunks.sort((a, b) => Number(b.key[1] === 'snapshot') - Number(a.key[1] === 'snapshot'));
  for (const chunk of chunks) {
    if (!chunk.data) continue;
    try {
      doc = A.loadIncremental(doc, chunk.data);
      chunkKeys.push(chunk.key);
    } catch {
      skip(documentDirectory(documentId), 'was sealed by this vault but is not a readable change; left as it is');
    }
  }
  return { doc, chunkKeys };
}

const snapshotKey = (documentId: string, heads: string[]): StorageKey => [
  documentId,
  'snapshot',
  sha256(Buffer.from(heads.join(','))),
];

/** Writes what the folder lacks of the document as one new chunk, named by its content; returns the chunk's key. */
async function sendToFolder(
  store: FolderStore,
  documentId: string,
  merged: SyncDoc,
  folderHeads: string[],
): Promise<StorageKey> {
  if (folderHeads.length === 0) {
    const key = snapshotKey(documentId, headsOf(merged));
    await store.save(key, A.save(merged));
    return key;
  }
  const bytes = A.saveSince(merged, folderHeads);
  const key = [documentId, 'incremental', sha256(bytes)];
  await store.save(key, bytes);
  return key;
}

/** Runs the work on every item, a few at a time: the folder's file writes wait on the disk, not the processor. */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>, width = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export async function syncWithFolder(vault: OpenVault, folder: string, options: SyncOptions = {}): Promise<SyncReport> {
  const { sqlite } = vault;
  const now = options.now ?? new Date();
  if (!vault.syncKey) throw new AppError('VALIDATION', 'This vault is not open for syncing.');
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new AppError(
      'VALIDATION',
      `The sync folder ${folder} is not there. Check the drive or shared folder is connected, then sync again.`,
    );
  const syncKey = vault.syncKey;
  const report: SyncReport = { sent: 0, received: 0, conflicts: 0, skipped: [] };
  const skipped = new Set<string>();
  const skip = (file: string, reason: string) => {
    if (skipped.has(file)) return;
    skipped.add(file);
    report.skipped.push({ file, reason });
  };
  const store = new FolderStore({ folder, syncKey, onSkip: skip });
  const local = localStore(sqlite);
  const clientExists = sqlite.prepare('SELECT 1 FROM clients WHERE id = ?');

  // The catalog holds the erased documents, by keyed hash only.
  const catalog = await syncCatalog(store, local, skip);

  // 1. Erasures made on another computer are carried out here first, and their files go.
  const tombstones = catalog.tombstones();
  if (tombstones.size > 0) {
    // By keyed hash: a client this vault has never synced is found too.
    const clientIds = (sqlite.prepare('SELECT id FROM clients').all() as { id: string }[]).map((row) => row.id);
    const clientOf = new Map(clientIds.map((id) => [documentIdOf(syncKey, `client:${id}`), id]));
    for (const documentId of tombstones) {
      const clientId = clientOf.get(documentId);
      if (clientId !== undefined) eraseClient(vault, clientId, 'Erased on another computer', now);
      sqlite.transaction(() => {
        if (clientId !== undefined) local.clearOutbox(`client:${clientId}`);
        local.remove(documentId);
      })();
      await store.removeRange([documentId]);
    }
  }

  // 2. What changed here since the last sync; a client no longer here was erased here.
  const changedHere = new Map<string, string>();
  for (const { entity } of sqlite.prepare('SELECT entity FROM sync_outbox').all() as { entity: string }[]) {
    const parsed = parseEntity(entity);
    const documentId = documentIdOf(syncKey, entity);
    if (!parsed || tombstones.has(documentId)) {
      local.clearOutbox(entity);
    } else if (parsed.kind === 'client' && !clientExists.get(parsed.clientId)) {
      // The folder and the other computers forget the client too.
      catalog.tombstone(documentId, now);
      sqlite.transaction(() => {
        local.remove(documentId);
        local.clearOutbox(entity);
      })();
      await store.removeRange([documentId]);
    } else {
      changedHere.set(documentId, entity);
    }
  }

  // What each exchange learnt is committed in batches; each document's part in a savepoint of its own,
  // so one that cannot be written into the tables is passed over and the rest kept. The chunks a batch
  // wrote are named in the folder's journal first: what this vault records as sent, others can find.
  const journal = await readJournal(vault, store, folder, now);
  const journalled: string[] = [];
  const waiting: { documentId: string; written: StorageKey[]; record: () => void; done: () => void }[] = [];
  let flushing = Promise.resolve();
  const flush = () => (flushing = flushing.then(flushWaiting));
  const flushWaiting = async () => {
    const batch = waiting.splice(0);
    if (batch.length === 0) return;
    const written = batch.flatMap((entry) => entry.written);
    if (written.length > 0) journalled.push(await store.writeJournal(written, now));
    sqlite.transaction(() => {
      for (const { documentId, record, done } of batch) {
        try {
          sqlite.transaction(record)();
        } catch (error) {
          log.warn('a document could not be synced', { reason: error instanceof Error ? error.name : 'unknown' });
          skip(
            documentDirectory(documentId),
            'could not be brought into this vault; it stays in the folder for the next sync',
          );
        } finally {
          done();
        }
      }
    })();
  };
  const recordLater = async (documentId: string, written: StorageKey[], record: () => void, done: () => void) => {
    waiting.push({ documentId, written, record, done });
    if (waiting.length >= recordBatch) await flush();
  };
  const exchangeSafely = async (documentId: string) => {
    try {
      await exchange(documentId);
    } catch (error) {
      // The folder itself failing (a USB stick pulled) stops the sync; what was done is kept.
      if (error instanceof FolderUnavailableError) throw error;
      log.warn('a document could not be synced', { reason: error instanceof Error ? error.name : 'unknown' });
      skip(
        documentDirectory(documentId),
        'could not be brought into this vault; it stays in the folder for the next sync',
      );
    }
  };
  const inFolder = new Set((await store.documentIds()).filter((id) => id !== catalogId));

  // 3. What changed here becomes one Automerge change per document, committed with its outbox entry
  //    cleared before anything is sent: a change sent but not recorded would be made again, and two
  //    copies of one edit to a text would both be kept. A new document the folder lacks is sent as soon
  //    as it is committed, while the next ones are made: the one waits on the disk, the other on the
  //    processor. Ten documents to a commit, so the files being written get a turn between commits.
  const sentEarly = new Set<string>();
  const sending = new Set<Promise<void>>();
  let folderFailure: unknown;
  const sendEarly = (documentId: string) => {
    sentEarly.add(documentId);
    const sent: Promise<void> = exchangeSafely(documentId)
      .catch((error: unknown) => {
        folderFailure ??= error;
      })
      .finally(() => sending.delete(sent));
    sending.add(sent);
  };
  const betweenBatches = async () => {
    while (sending.size >= sendingAtOnce) await Promise.race(sending);
    await new Promise((resolve) => setImmediate(resolve));
  };
  const sendMade = (made: string[]) => {
    for (const documentId of made) if (!inFolder.has(documentId)) sendEarly(documentId);
  };
  const changed = [...changedHere];
  const storedBefore = new Set(local.all());
  const newHere = changed.filter(([documentId]) => !storedBefore.has(documentId)).length;
  const maker = options.documentMaker ?? (newHere >= threadFrom ? startDocumentMaker() : undefined);
  try {
    if (maker) await recordWithThread(maker);
    else
      for (let start = 0; start < changed.length && folderFailure === undefined; start += commitEvery) {
        const made: string[] = [];
        sqlite.transaction(() => {
          for (const [documentId, entity] of changed.slice(start, start + commitEvery))
            if (recordHere(documentId, entity)) made.push(documentId);
        })();
        sendMade(made);
        await betweenBatches();
      }
  } finally {
    if (maker && maker !== options.documentMaker) await maker.stop();
  }
  await Promise.all(sending);
  if (folderFailure !== undefined) throw folderFailure;

  // 4. Each document is merged with the folder's copy, both ways. The practice goes first: clients point at its schools.
  //    Only those that may need it: changed here, new on either side, or named in the journal (unless a full look is due).
  const known = new Set(local.all());
  const unsent = local.unsent();
  const mayNeedIt = (id: string) =>
    journal.fullLook || unsent.has(id) || journal.changedElsewhere.has(id) || !known.has(id) || !inFolder.has(id);
  const all = [...new Set([...known, ...inFolder])].filter(
    (id) => !tombstones.has(id) && !sentEarly.has(id) && mayNeedIt(id),
  );
  const practiceId = documentIdOf(syncKey, 'practice');
  if (all.includes(practiceId)) {
    await exchangeSafely(practiceId);
    await flush();
  }
  await inParallel(
    all.filter((id) => id !== practiceId),
    exchangeSafely,
  );
  await flush();
  await catalog.save();
  await journal.finish(journalled);
  return report;

  /** One document changed here, recorded as one change; true if it is new here, made from its rows now. */
  function recordHere(documentId: string, entity: string): boolean {
    const stored = local.get(documentId);
    if (!stored) {
      putNew(documentId, entity, newDocumentState(entity, readFields(sqlite, entity)));
      return true;
    }
    const before = loadState(stored);
    const after = withFields(before, entity, readFields(sqlite, entity));
    if (after !== before)
      local.put({
        documentId,
        entity,
        doc: after,
        sentHeads: stored.sentHeads,
        folderSignature: stored.folderSignature,
      });
    local.clearOutbox(entity);
    release(after);
    return false;
  }

  function putNew(documentId: string, entity: string, { state, heads }: Made): void {
    local.putState({ documentId, entity, state: Buffer.from(state), heads, sentHeads: '[]', folderSignature: '' });
    local.clearOutbox(entity);
  }

  /**
   * Step 3 with new documents made in the document thread: while it makes one batch, this
   * thread reads the next batch's rows and writes the folder's files. A batch's rows are read
   * in one transaction and its documents recorded in another; if another connection (the
   * adviser, in the app) committed in between, an edit might be missing from what was read
   * while its outbox entry would be cleared, so that batch is read and made again here.
   */
  async function recordWithThread(maker: DocumentMaker): Promise<void> {
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    let recording = Promise.resolve();
    for (let start = 0; start < changed.length && folderFailure === undefined; start += makeEvery) {
      const { toMake, version } = sqlite.transaction(() => {
        const toMake: { documentId: string; entity: string; fields: Fields }[] = [];
        for (const [documentId, entity] of changed.slice(start, start + makeEvery)) {
          if (local.peek(documentId)) recordHere(documentId, entity);
          else toMake.push({ documentId, entity, fields: readFields(sqlite, entity) });
        }
        return { toMake, version: dataVersion.get() };
      })();
      const record = (states: Made[] | undefined) => {
        const made: string[] = [];
        sqlite.transaction(() => {
          const isAsRead = states !== undefined && dataVersion.get() === version;
          toMake.forEach(({ documentId, entity }, index) => {
            const state = states?.[index];
            if (isAsRead && state) putNew(documentId, entity, state);
            else if (!recordHere(documentId, entity)) return;
            made.push(documentId);
          });
        })();
        sendMade(made);
      };
      // Never rejects: a thread that failed leaves the batch to be made here.
      const making: Promise<Made[] | undefined> =
        toMake.length > 0
          ? maker.make(toMake.map(({ entity, fields }) => ({ entity, fields }))).catch(() => undefined)
          : Promise.resolve([]);
      // The batch before is recorded first, so documents go to the folder in the order they were read.
      await recording;
      recording = making.then(record);
      await betweenBatches();
    }
    await recording;
  }

  /**
   * A document the folder has never had, from a vault that has never sent it: the folder
   * gets this vault's saved copy as it is, with no need to open it (most of a first sync).
   * Never sent, so no correction can be waiting to be written afresh (rectifiedSince).
   */
  async function sendFirstCopy(documentId: string): Promise<void> {
    const stored = local.get(documentId);
    if (!stored) return;
    const key = snapshotKey(documentId, parseHeads(stored.heads));
    await store.save(key, stored.state);
    report.sent += 1;
    const folderSignature = await store.chunkSignature(documentId);
    await recordLater(
      documentId,
      [key],
      () => local.markSent(documentId, stored.heads, folderSignature),
      () => {},
    );
  }

  async function exchange(documentId: string): Promise<void> {
    const stored = local.peek(documentId);
    const signature = inFolder.has(documentId) ? await store.chunkSignature(documentId) : '';
    const sentHeads = parseHeads(stored?.sentHeads);
    const needsPull = inFolder.has(documentId) && signature !== stored?.folderSignature;
    const needsPush =
      !sameHeads(parseHeads(stored?.heads), sentHeads) || (!inFolder.has(documentId) && stored !== undefined);
    if (!needsPull && !needsPush) return;
    if (!needsPull && !inFolder.has(documentId) && sentHeads.length === 0 && stored) {
      await sendFirstCopy(documentId);
      return;
    }

    const mine = loadState(stored && local.get(documentId));
    const fromFolder = needsPull ? await loadFromFolder(store, documentId, skip) : undefined;
    let folderHeads = fromFolder ? headsOf(fromFolder.doc) : inFolder.has(documentId) ? sentHeads : [];
    // Nothing readable arrived for a document this vault has never had: its files were already reported.
    if (!stored && fromFolder?.chunkKeys.length === 0) return;
    const entity = stored?.entity ?? (fromFolder && entityOfDocument(fromFolder.doc));
    if (!entity || !parseEntity(entity) || documentIdOf(syncKey, entity) !== documentId) {
      skip(documentDirectory(documentId), 'does not hold a record this vault knows; left as it is');
      return;
    }
    const [mineGeneration, folderGeneration] = [generationOf(mine), fromFolder ? generationOf(fromFolder.doc) : ''];
    let merged: SyncDoc;
    if (!fromFolder || folderGeneration === mineGeneration) {
      merged = fromFolder ? A.merge(A.clone(mine), fromFolder.doc) : mine;
    } else if (folderGeneration > mineGeneration) {
      // Written afresh on another computer after a rectification: what was edited here since the copy it was made
      // from goes over it (since this computer last sent, if it never held that copy whole).
      const builtOn = builtOnOf(fromFolder.doc);
      const since = builtOn.length > 0 && A.hasHeads(mine, builtOn) ? builtOn : sentHeads;
      merged = withEditsSince(A.clone(fromFolder.doc), entity, mine, since);
    } else {
      // An older generation came back (a folder restored from a backup, say): the fresh copy replaces it again.
      merged = mine;
      await store.removeRange([documentId]);
      folderHeads = [];
    }
    // Rows the tables hold one of, made on two computers apart (a client's first plan, say): settled.
    merged = withUniqueRows(merged, entity);
    // A correction's old value must not survive in history, here or in the folder: written afresh, under a new key.
    const sinceHeads = fromFolder && folderGeneration > mineGeneration ? headsOf(fromFolder.doc) : sentHeads;
    if (parseEntity(entity)?.kind === 'client' && rectifiedSince(merged, sinceHeads)) {
      merged = rewritten(merged, entity, now, folderHeads);
      await store.removeRange([documentId]);
      folderHeads = [];
    }

    const written: StorageKey[] = [];
    if (!sameHeads(headsOf(merged), folderHeads)) {
      written.push(await sendToFolder(store, documentId, merged, folderHeads));
      report.sent += 1;
      if (fromFolder && fromFolder.chunkKeys.length >= compactAfter) {
        const key = snapshotKey(documentId, headsOf(merged));
        await store.save(key, A.save(merged));
        written.push(key);
        // Only the chunks read here go: another computer's newer chunk stays.
        for (const key of fromFolder.chunkKeys) await store.remove(key);
      }
    }
    const received = !sameHeads(headsOf(merged), headsOf(mine));
    const folderSignature = await store.chunkSignature(documentId);
    const sent = JSON.stringify(headsOf(merged));
    const done = () => release(mine, merged, fromFolder?.doc);
    if (!received) {
      await recordLater(documentId, written, () => local.markSent(documentId, sent, folderSignature), done);
      return;
    }
    await recordLater(
      documentId,
      written,
      () => {
        let result = merged;
        // Edits made here while the folder was being read are kept: recorded, then merged too.
        if (local.inOutbox(entity)) {
          const edited = withFields(A.clone(mine), entity, readFields(sqlite, entity));
          result =
            generationOf(merged) === generationOf(mine)
              ? A.merge(edited, merged)
              : withEditsSince(merged, entity, edited, headsOf(mine));
        }
        // Read back from its saved form: after a merge, Automerge's in-memory copy of a text that two
        // computers both created can show the competing texts run together (seen with 2.2.9).
        result = A.load(A.save(result));
        projectIntoTables(vault, entity, result);
        report.received += 1;
        const editedOnBoth = fromFolder !== undefined && !sameHeads(headsOf(mine), sentHeads);
        if (editedOnBoth) report.conflicts += recordConflicts(sqlite, entity, result, now);
        clearSettledConflicts(sqlite, entity, result);
        local.put({ documentId, entity, doc: result, sentHeads: sent, folderSignature });
        release(result);
      },
      done,
    );
  }
}

/** The catalog document, merged from this vault's copy and the folder's. */
async function syncCatalog(
  store: FolderStore,
  local: ReturnType<typeof localStore>,
  skip: (file: string, reason: string) => void,
) {
  const mine = loadState(local.get(catalogId));
  const fromFolder = (await store.hasDocument(catalogId))
    ? (await loadFromFolder(store, catalogId, skip)).doc
    : emptyDocument();
  let doc = A.merge(A.clone(mine), fromFolder);
  const folderHeads = headsOf(fromFolder);
  return {
    tombstones: () =>
      new Set(
        Object.keys(doc)
          .filter((name) => name.startsWith(tombstonePrefix))
          .map((name) => name.slice(tombstonePrefix.length)),
      ),
    tombstone(documentId: string, on: Date) {
      doc = A.change(doc, (draft) => {
        draft[`${tombstonePrefix}${documentId}`] = new A.RawString(on.toISOString().slice(0, 10));
      });
    },
    async save() {
      if (!sameHeads(headsOf(doc), folderHeads)) await sendToFolder(store, catalogId, doc, folderHeads);
      local.put({
        documentId: catalogId,
        entity: 'catalog',
        doc,
        sentHeads: JSON.stringify(headsOf(doc)),
        folderSignature: '',
      });
    },
  };
}
