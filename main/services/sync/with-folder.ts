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
import { AppError } from '../../errors';
import { createLogger } from '../../log';
import type { OpenVault } from '../../vault';
import { eraseClient } from '../erasure';
import { parseEntity, readFields } from './case-file-rows';
import { projectIntoTables } from './projection';
import {
  builtOnOf,
  emptyDocument,
  entityOfDocument,
  generationOf,
  headsOf,
  rectifiedSince,
  rewritten,
  sameHeads,
  withEditsSince,
  withFields,
  type SyncDoc,
} from './documents';
import { clearSettledConflicts, recordConflicts } from './conflicts';
import { documentIdOf } from './document-id';
import type { DocumentMaker } from './document-maker';
import { chunkPath, chunkSignatureOf, documentDirectory, FolderStore, FolderUnavailableError } from './folder-store';
import { readJournal } from './journal';
import { catalogId, loadState, localStore, release, type LocalStore } from './local-store';
import { recordChanged } from './record';
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

/** A catalog field naming an erased document: `erased:<document id>`, its value the day of erasure. */
const tombstonePrefix = 'erased:';
/**
 * What a sync learnt is recorded fifty documents to a commit: each commit waits for the disk
 * (synchronous=FULL), and meanwhile the app's own saves wait for the commit (main/db/open.ts).
 */
const recordBatch = 50;
/** New documents on their way to the folder at once: each waits on a dozen file operations in turn. */
const sendingAtOnce = 256;
/**
 * Documents exchanged with the folder at once. Most of a first sync is sending copies already
 * made (record.ts), each a dozen file operations, three of them flushes: with 8 at a time the
 * disk sat idle between them (2,000 copies: about 4.1 s at 8, 3.5 s at 32).
 */
const exchangingAtOnce = 32;
/** Once a document has this many chunks in the folder, they are folded into one. */
const compactAfter = 16;

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
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>, width = exchangingAtOnce): Promise<void> {
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
    await store.flushDirectories();
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
  await recordChanged(vault, local, [...changedHere], {
    documentMaker: options.documentMaker,
    onRecorded: sendMade,
    between: betweenBatches,
    isStopped: () => folderFailure !== undefined,
  });
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

  /**
   * A document the folder has never had, from a vault that has never sent it: the folder
   * gets this vault's saved copy as it is, with no need to open it (most of a first sync).
   * Never sent, so no correction can be waiting to be written afresh (rectifiedSince).
   */
  async function sendFirstCopy(documentId: string): Promise<void> {
    const stored = local.get(documentId);
    if (!stored) return;
    const key = snapshotKey(documentId, parseHeads(stored.heads));
    const folderSignature = await store.saveFirstCopy(key, stored.state);
    report.sent += 1;
    await recordLater(
      documentId,
      [key],
      () => local.markSent(documentId, stored.heads, folderSignature),
      () => {},
    );
  }

  async function exchange(documentId: string): Promise<void> {
    const stored = local.peek(documentId);
    // The folder's chunk files as they were before reading it: one another computer writes from now on
    // is not counted as read, so the next sync reads it.
    const folderFiles = new Set(inFolder.has(documentId) ? await store.chunkFiles(documentId) : []);
    const signature = inFolder.has(documentId) ? chunkSignatureOf(folderFiles) : '';
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
      folderFiles.clear();
    }
    // Rows the tables hold one of, made on two computers apart (a client's first plan, say): settled.
    merged = withUniqueRows(merged, entity);
    // A correction's old value must not survive in history, here or in the folder: written afresh, under a new key.
    const sinceHeads = fromFolder && folderGeneration > mineGeneration ? headsOf(fromFolder.doc) : sentHeads;
    if (parseEntity(entity)?.kind === 'client' && rectifiedSince(merged, sinceHeads)) {
      merged = rewritten(merged, entity, now, folderHeads);
      await store.removeRange([documentId]);
      folderHeads = [];
      folderFiles.clear();
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
        for (const key of fromFolder.chunkKeys) {
          await store.remove(key);
          folderFiles.delete(chunkPath(key));
        }
      }
    }
    for (const key of written) folderFiles.add(chunkPath(key));
    const received = !sameHeads(headsOf(merged), headsOf(mine));
    const folderSignature = chunkSignatureOf(folderFiles);
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
async function syncCatalog(store: FolderStore, local: LocalStore, skip: (file: string, reason: string) => void) {
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
      await store.flushDirectories();
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
