// Recording: what changed in the tables becomes Automerge changes in this
// vault's copy of each document (sync_documents), and its outbox entry is
// cleared in the same commit. A sync records first, then sends (with-folder.ts).
// The app also records in the background as the adviser works (schedule.ts), so
// the documents are kept in the vault as the records are edited: a first sync,
// or the next one after a busy day, then has only to seal and write them.
// Making a case file's first document is most of the cost (about 5 ms of
// Automerge's work for a busy client's), and a roll import of 2,000 pupils
// makes 2,000 at once; in the background that happens while nobody waits.
import type { OpenVault } from '../../vault';
import { parseEntity, readFields, type Fields } from './case-file-rows';
import { newDocumentState, withFields } from './documents';
import { documentIdOf } from './document-id';
import { startDocumentMaker, type DocumentMaker, type Made } from './document-maker';
import { loadState, localStore, release, type LocalStore } from './local-store';
import { recordableSql } from './outbox';

/** Changes made here are recorded ten documents to a commit, so new ones can go to the folder meanwhile. */
const commitEvery = 10;
/** From this many new documents they are made in a thread of their own; fewer take less than starting it. */
const threadFrom = 100;
/** New documents sent to that thread at once, each batch read in one commit and recorded in another. */
const makeEvery = 20;

export type RecordingOptions = {
  /** Tests only: the thread that makes new documents, used however few there are (see document-maker.ts). */
  documentMaker?: DocumentMaker | undefined;
  /**
   * False in the background: one busy thread beside the adviser's window, not two, so one core
   * of a two-core laptop stays theirs (Windows and macOS do not lower a thread's priority).
   */
  useDocumentThread?: boolean;
  /** New documents just committed, in the order they were read (a sync sends them at once). */
  onRecorded?: (documentIds: string[]) => void;
  /** Between commits: a sync lets its file writes catch up here. */
  between?: () => Promise<void>;
  /** Stop before the next commit (a sync whose folder has gone). */
  isStopped?: () => boolean;
};

/**
 * Records up to `limit` changed documents, with no folder: the background's part of a sync.
 * `more` is true when others are still waiting.
 */
export async function recordChanges(
  vault: OpenVault,
  {
    limit = 1_000,
    documentMaker,
    useDocumentThread,
  }: { limit?: number } & Pick<RecordingOptions, 'documentMaker' | 'useDocumentThread'> = {},
): Promise<{ recorded: number; more: boolean }> {
  const { syncKey } = vault;
  if (!syncKey) throw new Error('This vault is not open for syncing.');
  const local = localStore(vault.sqlite);
  const listed = (vault.sqlite.prepare(`${recordableSql} LIMIT ?`).all(limit + 1) as { entity: string }[]).map(
    (row) => row.entity,
  );
  // Naming nothing a document holds: passed over by every sync too, so cleared, not asked about every minute.
  for (const entity of listed) if (!parseEntity(entity)) local.clearOutbox(entity);
  const entities = listed.filter((entity) => parseEntity(entity) !== undefined);
  const changed = entities.slice(0, limit).map((entity): [string, string] => [documentIdOf(syncKey, entity), entity]);
  await recordChanged(vault, local, changed, { documentMaker, useDocumentThread });
  return { recorded: changed.length, more: entities.length > limit };
}

/**
 * Records each changed document as one change holding only what differs, committed with its
 * outbox entry cleared: a change sent but not recorded would be made again, and two copies of
 * one edit to a text would both be kept. Ten documents to a commit. From `threadFrom` new
 * documents they are made in the document thread while this thread reads the next ones.
 */
export async function recordChanged(
  vault: OpenVault,
  local: LocalStore,
  changed: [documentId: string, entity: string][],
  {
    documentMaker,
    useDocumentThread = true,
    onRecorded = () => {},
    between = nextTurn,
    isStopped = () => false,
  }: RecordingOptions = {},
): Promise<void> {
  const { sqlite } = vault;
  const clientExists = sqlite.prepare('SELECT 1 FROM clients WHERE id = ?');
  /** Erased since the outbox was read: left in the outbox, for the sync to tell the other computers. */
  const isErased = (entity: string): boolean => {
    const parsed = parseEntity(entity);
    return parsed?.kind === 'client' && !clientExists.get(parsed.clientId);
  };

  /** One document changed here, recorded as one change; true if it is new here, made from its rows now. */
  const recordHere = (documentId: string, entity: string): boolean => {
    if (isErased(entity)) return false;
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
  };

  const putNew = (documentId: string, entity: string, { state, heads }: Made): void => {
    local.putState({ documentId, entity, state: Buffer.from(state), heads, sentHeads: '[]', folderSignature: '' });
    local.clearOutbox(entity);
  };

  /**
   * With new documents made in the document thread: while it makes one batch, this thread reads
   * the next batch's rows. A batch's rows are read in one transaction and its documents recorded
   * in another; if another connection (the adviser, in the app) committed in between, an edit
   * might be missing from what was read while its outbox entry would be cleared, so that batch
   * is read and made again here.
   */
  const recordWithThread = async (maker: DocumentMaker): Promise<void> => {
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    let recording = Promise.resolve();
    for (let start = 0; start < changed.length && !isStopped(); start += makeEvery) {
      const { toMake, version } = sqlite.transaction(() => {
        const toMake: { documentId: string; entity: string; fields: Fields }[] = [];
        for (const [documentId, entity] of changed.slice(start, start + makeEvery)) {
          if (local.peek(documentId)) recordHere(documentId, entity);
          else if (!isErased(entity)) toMake.push({ documentId, entity, fields: readFields(sqlite, entity) });
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
        onRecorded(made);
      };
      // Never rejects: a thread that failed leaves the batch to be made here.
      const making: Promise<Made[] | undefined> =
        toMake.length > 0
          ? maker.make(toMake.map(({ entity, fields }) => ({ entity, fields }))).catch(() => undefined)
          : Promise.resolve([]);
      // The batch before is recorded first, so documents are recorded in the order they were read.
      await recording;
      recording = making.then(record);
      await between();
    }
    await recording;
  };

  const storedBefore = new Set(local.all());
  const newHere = changed.filter(([documentId]) => !storedBefore.has(documentId)).length;
  const maker = documentMaker ?? (useDocumentThread && newHere >= threadFrom ? startDocumentMaker() : undefined);
  try {
    if (maker) {
      await recordWithThread(maker);
      return;
    }
    for (let start = 0; start < changed.length && !isStopped(); start += commitEvery) {
      const made: string[] = [];
      sqlite.transaction(() => {
        for (const [documentId, entity] of changed.slice(start, start + commitEvery))
          if (recordHere(documentId, entity)) made.push(documentId);
      })();
      onRecorded(made);
      await between();
    }
  } finally {
    if (maker && maker !== documentMaker) await maker.stop();
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
