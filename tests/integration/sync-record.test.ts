// Recording what changed into the vault's documents between syncs, with no
// folder (main/services/sync/record.ts): the app does it in the background as
// the adviser works, so a sync, the first above all, only seals and writes what
// is already made. What it records travels at the next sync, an edit recorded
// twice is one change, and a client erased here is left for the sync to tell
// the other computers about.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { next as A } from '@automerge/automerge';
import * as schema from '../../main/db/schema';
import { openEncryptedDatabase } from '../../main/db/open';
import { eraseClient } from '../../main/services/erasure';
import { getInterview, saveNotes } from '../../main/services/interviews';
import { documentIdOf, recordInWorker, stopSyncWorkers, syncWithFolder } from '../../main/services/sync';
import { startDocumentMaker, type DocumentMaker } from '../../main/services/sync/document-maker';
import { documentDirectory } from '../../main/services/sync/folder-store';
import { isSyncThreadRunning } from '../../main/services/sync/in-worker';
import { hasChangesToRecord } from '../../main/services/sync/outbox';
import { recordChanges } from '../../main/services/sync/record';
import { listConflicts } from '../../main/services/sync/waiting-choices';
import type { OpenVault, Vault } from '../../main/vault';
import { derivedKeys } from '../../main/vault/derived-keys';
import { aClient, aSchool, anInterview } from '../support/factories';
import { syncedRecords } from '../support/synced-records';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const workspaces: string[] = [];
const opened: Vault[] = [];

afterEach(async () => {
  await stopSyncWorkers();
  for (const vault of opened.splice(0)) if (vault.state() === 'unlocked') vault.lock();
  for (const workspace of workspaces.splice(0)) removeDirectory(workspace);
});

/** A vault with a school and two pupils, one with a note, never synced; and an empty shared folder. */
async function aPractice() {
  const workspace = makeTempDirectory('waymark-sync-record-');
  workspaces.push(workspace);
  const folder = join(workspace, 'shared');
  mkdirSync(folder);
  const vault = makeVault({ directory: join(workspace, 'computer-1') });
  opened.push(vault);
  await vault.create(strongPassphrase, strongPassphrase);
  await vault.unlock(strongPassphrase);
  const open = vault.database();
  const schoolId = aSchool(open);
  const sian = aClient(open, { organisationId: schoolId, forename: 'Siân', surname: "O'Neill" });
  const maryam = aClient(open, { organisationId: schoolId, forename: 'مريم', surname: 'Haddad' });
  const interview = anInterview(open, sian.id);
  saveNotes(open, interview.id, 0, 'Siân wants to study art at college.');
  return { workspace, folder, vault, open, clientIds: [sian.id, maryam.id], interviewId: interview.id };
}

/** Opens a copy of the vault's files, as a second computer restored from a backup. */
async function copyOf(vault: Vault, workspace: string): Promise<OpenVault> {
  vault.lock();
  cpSync(vault.files.directory, join(workspace, 'computer-2'), { recursive: true });
  await vault.unlock(strongPassphrase);
  const copy = makeVault({ directory: join(workspace, 'computer-2') });
  opened.push(copy);
  await copy.unlock(strongPassphrase);
  return copy.database();
}

type SavedDocument = { state: Buffer; heads: string; sentHeads: string };
const savedDocument = (vault: OpenVault, entity: string) =>
  vault.sqlite
    .prepare('SELECT state, heads, sent_heads AS sentHeads FROM sync_documents WHERE document_id = ?')
    .get(documentIdOf(vault.syncKey as Buffer, entity)) as SavedDocument | undefined;
const outbox = (vault: OpenVault) =>
  (vault.sqlite.prepare('SELECT entity FROM sync_outbox ORDER BY entity').all() as { entity: string }[]).map(
    (row) => row.entity,
  );

describe('recording changes between syncs', () => {
  it('makes each changed document in the vault with no folder, and the first sync sends them as they are', async () => {
    const { workspace, folder, open, clientIds } = await aPractice();
    expect(hasChangesToRecord(open)).toBe(true);

    expect(await recordChanges(open)).toEqual({ recorded: 3, more: false });
    expect(outbox(open)).toEqual([]);
    expect(hasChangesToRecord(open)).toBe(false);
    const entities = ['practice', ...clientIds.map((id) => `client:${id}`)];
    const recorded = entities.map((entity) => savedDocument(open, entity));
    for (const saved of recorded) expect(saved).toMatchObject({ sentHeads: '[]' });
    const sian = A.load<Record<string, unknown>>(recorded[1]?.state as Buffer);
    expect(Object.values(sian).map(String)).toContain('Siân wants to study art at college.');

    const report = await syncWithFolder(open, folder);
    expect(report).toEqual({ sent: 3, received: 0, conflicts: 0, skipped: [] });
    // Sent as recorded, not made again: the same bytes, now marked as sent.
    entities.forEach((entity, index) => {
      const after = savedDocument(open, entity);
      expect(after?.state.equals(recorded[index]?.state as Buffer)).toBe(true);
      expect(after?.sentHeads).toBe(recorded[index]?.heads);
    });

    // A computer set up from a backup of this vault after it synced reads all of it from the folder.
    const desktop = await copyOf(opened[0] as Vault, workspace);
    expect(await syncWithFolder(desktop, folder)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
    expect(syncedRecords(desktop)).toEqual(syncedRecords((opened[0] as Vault).database()));
  });

  it('records a later edit as one change that the next sync carries to the other computer', async () => {
    const { workspace, folder, open, clientIds, interviewId } = await aPractice();
    await recordChanges(open);
    await syncWithFolder(open, folder);
    const desktop = await copyOf(opened[0] as Vault, workspace);
    const laptop = (opened[0] as Vault).database();
    const entity = `client:${clientIds[0] as string}`;
    const before = savedDocument(laptop, entity);

    saveNotes(laptop, interviewId, 0, 'Siân wants to study art at college. Open day on 12 March.');
    expect(outbox(laptop)).toEqual([entity]);
    expect(await recordChanges(laptop)).toEqual({ recorded: 1, more: false });
    const after = savedDocument(laptop, entity);
    const changes = A.getChanges(A.load(before?.state as Buffer), A.load(after?.state as Buffer));
    expect(changes).toHaveLength(1);
    // Recording again with nothing changed makes nothing.
    expect(await recordChanges(laptop)).toEqual({ recorded: 0, more: false });
    expect(savedDocument(laptop, entity)?.heads).toBe(after?.heads);

    expect((await syncWithFolder(laptop, folder)).sent).toBe(1);
    expect((await syncWithFolder(desktop, folder)).received).toBe(1);
    expect(getInterview(desktop, interviewId).stages[0]?.notes).toBe(
      'Siân wants to study art at college. Open day on 12 March.',
    );
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('leaves a client erased here in the outbox, for the sync to take out of the folder', async () => {
    const { folder, open, clientIds } = await aPractice();
    await syncWithFolder(open, folder);
    const erased = clientIds[1] as string;
    const directory = join(
      folder,
      ...documentDirectory(documentIdOf(open.syncKey as Buffer, `client:${erased}`)).split('/'),
    );
    expect(existsSync(directory)).toBe(true);

    eraseClient(open, erased, 'Asked to be forgotten', new Date());
    await recordChanges(open);
    expect(outbox(open)).toEqual([`client:${erased}`]);
    expect(hasChangesToRecord(open)).toBe(false);

    await syncWithFolder(open, folder);
    expect(outbox(open)).toEqual([]);
    expect(existsSync(directory)).toBe(false);
  });

  it('a computer set up from a backup made before any sync shares the recorded documents, so nothing needs merging', async () => {
    const { workspace, folder, clientIds, interviewId } = await aPractice();
    await recordChanges((opened[0] as Vault).database());
    // The backup is taken before the first computer has ever synced.
    const desktop = await copyOf(opened[0] as Vault, workspace);
    const laptop = (opened[0] as Vault).database();
    expect(await syncWithFolder(laptop, folder)).toMatchObject({ sent: 3, conflicts: 0 });
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Portfolio by May.');

    // The desktop's documents are the laptop's: the folder's copy is one it already holds.
    expect(await syncWithFolder(desktop, folder)).toEqual({ sent: 1, received: 0, conflicts: 0, skipped: [] });
    expect(await syncWithFolder(laptop, folder)).toEqual({ sent: 0, received: 1, conflicts: 0, skipped: [] });
    expect(getInterview(laptop, interviewId).stages[0]?.notes).toBe(
      'Siân wants to study art at college. Portfolio by May.',
    );
    expect(listConflicts(laptop, { clientId: clientIds[0] as string })).toEqual([]);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('leaves out a client the window erases while their case file is being made in the thread', async () => {
    const { vault, folder, open, clientIds } = await aPractice();
    const erased = clientIds[1] as string;
    // The window's own connection to the same vault file, as in the app while the sync thread records.
    const windowConnection = openEncryptedDatabase(vault.files.database, vault.dataKey(), {});
    const window: OpenVault = {
      sqlite: windowConnection,
      db: drizzle({ client: windowConnection, schema }),
      ...derivedKeys(vault.dataKey()),
    };
    const thread = startDocumentMaker();
    const erasingMeanwhile: DocumentMaker = {
      make(documents) {
        // The rows have been read; the adviser erases a pupil before their document is recorded.
        if (outbox(window).includes(`client:${erased}`))
          eraseClient(window, erased, 'Asked to be forgotten', new Date());
        return thread.make(documents);
      },
      stop: () => thread.stop(),
    };
    try {
      await recordChanges(open, { documentMaker: erasingMeanwhile });
    } finally {
      await thread.stop();
      windowConnection.close();
    }
    expect(savedDocument(open, `client:${erased}`)).toBeUndefined();
    expect(savedDocument(open, `client:${clientIds[0] as string}`)).toBeDefined();
    expect(outbox(open)).toEqual([`client:${erased}`]);

    await syncWithFolder(open, folder);
    const directory = documentDirectory(documentIdOf(open.syncKey as Buffer, `client:${erased}`));
    expect(existsSync(join(folder, ...directory.split('/')))).toBe(false);
    expect(outbox(open)).toEqual([]);
  });

  it('records a few hundred at a time, saying when more are waiting', async () => {
    const { open } = await aPractice();
    expect(await recordChanges(open, { limit: 2 })).toEqual({ recorded: 2, more: true });
    expect(await recordChanges(open, { limit: 2 })).toEqual({ recorded: 1, more: false });
    expect(outbox(open)).toEqual([]);
  });

  it('clears an outbox entry that names no record, rather than asking about it every minute', async () => {
    const { open } = await aPractice();
    await recordChanges(open);
    open.sqlite.exec("INSERT INTO sync_outbox (entity) VALUES ('something else')");
    expect(hasChangesToRecord(open)).toBe(true);
    expect(await recordChanges(open)).toEqual({ recorded: 0, more: false });
    expect(outbox(open)).toEqual([]);
    expect(hasChangesToRecord(open)).toBe(false);
  });

  it(
    'ends the sync thread, and its copy of the key, after a minute and a half with nothing to do',
    {
      timeout: 120_000,
    },
    async () => {
      const { vault, open, interviewId } = await aPractice();
      const record = recordInWorker({ nativeBinding: undefined });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        expect(await record(vault, 500)).toEqual({ recorded: 3, more: false });
        expect(isSyncThreadRunning()).toBe(true);
        await vi.advanceTimersByTimeAsync(89_000);
        expect(isSyncThreadRunning()).toBe(true);
        await vi.advanceTimersByTimeAsync(1_000);
        expect(isSyncThreadRunning()).toBe(false);
        // Asked again, it starts again.
        saveNotes(open, interviewId, 0, 'Siân wants to study art at college. Portfolio by May.');
        expect(await record(vault, 500)).toEqual({ recorded: 1, more: false });
        expect(isSyncThreadRunning()).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    },
  );

  it('records in the sync thread, as the app does in the background', { timeout: 120_000 }, async () => {
    const { vault, open } = await aPractice();
    const record = recordInWorker({ nativeBinding: undefined });
    expect(await record(vault, 500)).toEqual({ recorded: 3, more: false });
    expect(outbox(open)).toEqual([]);
    expect(open.sqlite.prepare('SELECT count(*) AS n FROM sync_documents').get()).toEqual({ n: 3 });
  });
});
