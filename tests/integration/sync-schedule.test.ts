// When sync runs: one at a time (a request waits for the sync under way, and
// later ones share its turn), soon after unlocking and every ten minutes while
// a folder is set, and once before locking, never holding the lock up for long.
// Between syncs, what changed is recorded every minute, folder or not.
// The sync itself is a stand-in here, on a fake clock; the last test locks a
// real app and finds the sealed files in the folder.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncReport } from '../../shared/contract/sync';
import { createSyncRunner, rememberSyncFolder, syncStatus, type SyncRunner } from '../../main/services/sync';
import type { SyncFolderOptions } from '../../main/services/sync/schedule';
import type { Vault } from '../../main/vault';
import { openEncryptedDatabase } from '../../main/db/open';
import { readKeyFile, unwrapDataKey } from '../../main/vault/key-file';
import { vaultFiles } from '../../main/vault/paths';
import { makeTempDirectory, makeVault, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const report = (sent: number): SyncReport => ({ sent, received: 0, conflicts: 0, skipped: [] });
const minute = 60_000;

let workspace: string;
let folder: string;
let vault: Vault;

beforeEach(async () => {
  workspace = makeTempDirectory('waymark-sync-schedule-');
  folder = join(workspace, 'shared');
  mkdirSync(folder);
  vault = makeVault({ directory: join(workspace, 'vault') });
  await vault.create(strongPassphrase, strongPassphrase);
});
afterEach(() => {
  vi.useRealTimers();
  if (vault.state() === 'unlocked') vault.lock();
  removeDirectory(workspace);
});

/** A stand-in sync that finishes only when told to, and notes how many ran at once. */
function controlledSync() {
  const started: { folder: string; finish: (result: SyncReport | Error) => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const syncFolder = (_vault: Vault, chosen: string, { onStarted }: SyncFolderOptions) => {
    onStarted?.();
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise<SyncReport>((resolve, reject) => {
      started.push({
        folder: chosen,
        finish: (result) => {
          running -= 1;
          if (result instanceof Error) reject(result);
          else resolve(result);
        },
      });
    });
  };
  return { syncFolder, started, mostAtOnce: () => mostAtOnce };
}

/** Lets promise callbacks run without moving the fake clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the sync runner', () => {
  it('runs one sync at a time: a request waits for the one under way, and later requests share its turn', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    rememberSyncFolder(vault.database(), folder);
    const sync = controlledSync();
    const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });

    const first = runner.syncNow();
    await settle();
    const second = runner.syncNow();
    const third = runner.syncNow();
    await settle();
    expect(sync.started).toHaveLength(1);
    expect(third).toBe(second);

    sync.started[0]?.finish(report(1));
    expect(await first).toEqual(report(1));
    await settle();
    expect(sync.started).toHaveLength(2);
    sync.started[1]?.finish(report(2));
    expect(await second).toEqual(report(2));
    expect(await third).toEqual(report(2));
    expect(sync.mostAtOnce()).toBe(1);
    expect(sync.started.map((started) => started.folder)).toEqual([folder, folder]);
  });

  it('runs the next sync after one that failed, and records only the sync that worked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-12-01T14:05:00Z'));
    rememberSyncFolder(vault.database(), folder);
    const sync = controlledSync();
    const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });

    const failing = runner.syncNow();
    await settle();
    const next = runner.syncNow();
    sync.started[0]?.finish(new Error('the folder went away'));
    await expect(failing).rejects.toThrow('the folder went away');
    expect(syncStatus(vault.database()).lastSynced).toBeNull();

    await settle();
    sync.started[1]?.finish(report(3));
    await next;
    const status = syncStatus(vault.database());
    expect(status.lastSynced?.text).toBe('Last synced: 1 December 2026, 14:05');
    expect(status.lastReport).toEqual(report(3));
  });

  it('records nothing for a sync the lock cut short', async () => {
    rememberSyncFolder(vault.database(), folder);
    const sync = controlledSync();
    const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });
    const cutShort = runner.syncNow();
    await vi.waitFor(() => expect(sync.started).toHaveLength(1));
    vault.lock();
    sync.started[0]?.finish(report(1));
    await cutShort;
    await vault.unlock(strongPassphrase);
    expect(syncStatus(vault.database()).lastSynced).toBeNull();
  });

  it('asks for a folder when none is remembered', async () => {
    const runner = createSyncRunner({ vault: () => vault, syncFolder: controlledSync().syncFolder });
    await expect(runner.syncNow()).rejects.toThrow('Choose the shared folder to sync through first.');
  });

  describe('on a schedule', () => {
    let runner: SyncRunner;
    let sync: ReturnType<typeof controlledSync>;

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      sync = controlledSync();
      runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });
    });
    afterEach(() => runner.stop());

    it('syncs soon after unlocking, then every ten minutes', async () => {
      rememberSyncFolder(vault.database(), folder);
      runner.start();
      await vi.advanceTimersByTimeAsync(19_000);
      expect(sync.started).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(sync.started).toHaveLength(1);
      sync.started[0]?.finish(report(0));

      await vi.advanceTimersByTimeAsync(10 * minute - 1);
      expect(sync.started).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(sync.started).toHaveLength(2);
      sync.started[1]?.finish(report(0));
      await settle();
    });

    it('does nothing while no folder is set', async () => {
      runner.start();
      await vi.advanceTimersByTimeAsync(31 * minute);
      expect(sync.started).toHaveLength(0);
    });

    it('leaves its turn to a sync already under way, and starts no second one beside it', async () => {
      rememberSyncFolder(vault.database(), folder);
      const asked = runner.syncNow();
      runner.start();
      await vi.advanceTimersByTimeAsync(20_000);
      expect(sync.started).toHaveLength(1);
      sync.started[0]?.finish(report(1));
      await asked;
      await vi.advanceTimersByTimeAsync(10 * minute);
      expect(sync.started).toHaveLength(2);
      sync.started[1]?.finish(report(0));
      expect(sync.mostAtOnce()).toBe(1);
      await settle();
    });

    it('goes on after an automatic sync fails, recording nothing for it', async () => {
      rememberSyncFolder(vault.database(), folder);
      runner.start();
      await vi.advanceTimersByTimeAsync(20_000);
      sync.started[0]?.finish(new Error('USB stick pulled out'));
      await settle();
      expect(syncStatus(vault.database()).lastSynced).toBeNull();
      await vi.advanceTimersByTimeAsync(10 * minute);
      expect(sync.started).toHaveLength(2);
      sync.started[1]?.finish(report(0));
      await settle();
      expect(syncStatus(vault.database()).lastSynced).not.toBeNull();
    });

    it('stops when told to: no sync after stop', async () => {
      rememberSyncFolder(vault.database(), folder);
      runner.start();
      await vi.advanceTimersByTimeAsync(10_000);
      runner.stop();
      await vi.advanceTimersByTimeAsync(30 * minute);
      expect(sync.started).toHaveLength(0);
    });
  });

  describe('recording between syncs', () => {
    /** A stand-in recorder that finishes only when told to; each one clears the outbox as the real one does. */
    function controlledRecorder() {
      const started: { limit: number; finish: (result: { more: boolean } | Error) => void }[] = [];
      const recordChanges = (_vault: Vault, limit: number) =>
        new Promise<{ recorded: number; more: boolean }>((resolve, reject) => {
          started.push({
            limit,
            finish: (result) => {
              if (result instanceof Error) return reject(result);
              if (!result.more) vault.database().sqlite.exec('DELETE FROM sync_outbox');
              resolve({ recorded: 1, more: result.more });
            },
          });
        });
      return { recordChanges, started };
    }
    const aChangeHere = () =>
      vault.database().sqlite.exec("INSERT OR IGNORE INTO sync_outbox (entity) VALUES ('practice')");

    let runner: SyncRunner;
    let sync: ReturnType<typeof controlledSync>;
    let recorder: ReturnType<typeof controlledRecorder>;

    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
      vault.database().sqlite.exec('DELETE FROM sync_outbox');
      sync = controlledSync();
      recorder = controlledRecorder();
      runner = createSyncRunner({
        vault: () => vault,
        syncFolder: sync.syncFolder,
        recordChanges: recorder.recordChanges,
      });
    });
    afterEach(() => runner.stop());

    it('records what changed half a minute after unlocking and every minute after, with no folder chosen', async () => {
      runner.start();
      await vi.advanceTimersByTimeAsync(31_000);
      // Nothing changed: nothing to record, and no thread is asked.
      expect(recorder.started).toHaveLength(0);

      aChangeHere();
      await vi.advanceTimersByTimeAsync(minute - 1_001);
      expect(recorder.started).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1);
      expect(recorder.started.map((started) => started.limit)).toEqual([500]);
      recorder.started[0]?.finish({ more: false });
      await vi.advanceTimersByTimeAsync(5 * minute);
      expect(recorder.started).toHaveLength(1);
      expect(sync.started).toHaveLength(0);
    });

    it('comes back a second later while more are waiting (after an update, or a roll import)', async () => {
      aChangeHere();
      runner.start();
      await vi.advanceTimersByTimeAsync(30_000);
      recorder.started[0]?.finish({ more: true });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(recorder.started).toHaveLength(2);
      recorder.started[1]?.finish({ more: false });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(recorder.started).toHaveLength(2);
    });

    it('takes turns with syncs: a sync asked for meanwhile starts when the recording is done, never beside it', async () => {
      aChangeHere();
      runner.start();
      await vi.advanceTimersByTimeAsync(30_000);
      expect(recorder.started).toHaveLength(1);
      // The adviser chooses a folder and syncs while a recording is under way.
      rememberSyncFolder(vault.database(), folder);
      const asked = runner.syncNow();
      await settle();
      expect(sync.started).toHaveLength(0);
      recorder.started[0]?.finish({ more: true });
      await vi.waitFor(() => expect(sync.started).toHaveLength(1));
      // More were waiting, but the sync under way records them itself.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(recorder.started).toHaveLength(1);
      sync.started[0]?.finish(report(4));
      expect(await asked).toEqual(report(4));
    });

    it('lets a recording under way finish before the lock when no folder is set, waiting no longer than it was given', async () => {
      aChangeHere();
      runner.start();
      await vi.advanceTimersByTimeAsync(30_000);
      let isDone = false;
      void runner.syncBeforeClosing(5_000).then(() => (isDone = true));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(isDone).toBe(false);
      recorder.started[0]?.finish({ more: false });
      await vi.waitFor(() => expect(isDone).toBe(true));

      // One that does not finish in time is waited for no longer.
      aChangeHere();
      await vi.advanceTimersByTimeAsync(minute);
      expect(recorder.started).toHaveLength(2);
      isDone = false;
      void runner.syncBeforeClosing(5_000).then(() => (isDone = true));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(isDone).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(isDone).toBe(true);
      expect(sync.started).toHaveLength(0);
      recorder.started[1]?.finish({ more: false });
      await settle();
    });

    it('goes on after a recording fails (the lock ended its thread), and stops when told to', async () => {
      aChangeHere();
      runner.start();
      await vi.advanceTimersByTimeAsync(30_000);
      recorder.started[0]?.finish(new Error('The sync stopped before it finished'));
      await vi.advanceTimersByTimeAsync(minute);
      expect(recorder.started).toHaveLength(2);
      recorder.started[1]?.finish({ more: true });
      runner.stop();
      await vi.advanceTimersByTimeAsync(10 * minute);
      expect(recorder.started).toHaveLength(2);
    });
  });

  describe('before closing', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });

    it('waits for the last sync, but never longer than it was given', async () => {
      rememberSyncFolder(vault.database(), folder);
      const sync = controlledSync();
      const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });
      let isDone = false;
      void runner.syncBeforeClosing(5_000).then(() => (isDone = true));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(sync.started).toHaveLength(1);
      expect(isDone).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(isDone).toBe(true);
      sync.started[0]?.finish(report(0));
      await settle();
    });

    it('counts its wait from when the sync is at work, not from a worker thread starting, within a limit', async () => {
      rememberSyncFolder(vault.database(), folder);
      const sync = controlledSync();
      let start = () => {};
      // A sync in a worker thread that takes three seconds to start.
      const slowToStart = (open: Vault, chosen: string, options: SyncFolderOptions) => {
        start = () => options.onStarted?.();
        return sync.syncFolder(open, chosen, { now: new Date() });
      };
      const runner = createSyncRunner({ vault: () => vault, syncFolder: slowToStart, startWithinMs: 30_000 });
      let isDone = false;
      void runner.syncBeforeClosing(5_000).then(() => (isDone = true));
      await vi.advanceTimersByTimeAsync(3_000);
      start();
      await vi.advanceTimersByTimeAsync(4_999);
      expect(isDone).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(isDone).toBe(true);
      sync.started[0]?.finish(report(0));
      await settle();

      // One that never gets going is waited for no longer than the limit.
      const neverStarts = (open: Vault, chosen: string) => sync.syncFolder(open, chosen, { now: new Date() });
      const stuck = createSyncRunner({ vault: () => vault, syncFolder: neverStarts, startWithinMs: 30_000 });
      let isStuckDone = false;
      void stuck.syncBeforeClosing(5_000).then(() => (isStuckDone = true));
      await vi.advanceTimersByTimeAsync(29_999);
      expect(isStuckDone).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(isStuckDone).toBe(true);
      sync.started[1]?.finish(report(0));
      await settle();
    });

    it('is over as soon as the sync is, and a failing sync does not stop the lock', async () => {
      rememberSyncFolder(vault.database(), folder);
      const sync = controlledSync();
      const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });
      const closing = runner.syncBeforeClosing(5_000);
      await settle();
      sync.started[0]?.finish(new Error('the folder is not there'));
      await expect(closing).resolves.toBeUndefined();
      expect(syncStatus(vault.database()).lastSynced).toBeNull();
    });

    it('does not sync when no folder is set, or when the vault is already locked', async () => {
      const sync = controlledSync();
      const runner = createSyncRunner({ vault: () => vault, syncFolder: sync.syncFolder });
      await runner.syncBeforeClosing(5_000);
      vault.lock();
      await runner.syncBeforeClosing(5_000);
      expect(sync.started).toHaveLength(0);
    });
  });
});

describe('the app', () => {
  it('syncs once more as the desktop app quits, before its backup and lock', async () => {
    const { waymark } = makeWaymark({ directory: join(workspace, 'app-vault') });
    await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
    await waymark.dispatch('sync.configure', { folder });
    await waymark.dispatch('rollImport.run', {
      organisationName: 'Northfield Academy',
      csv: 'Surname,Forename,DOB\nJones,Cerys,02/02/2010\n',
      isDryRun: false,
    });
    expect(readdirSync(folder)).toEqual([]);
    await waymark.backUpBeforeClosing();
    waymark.closeAfterRunningBackups(0);
    expect(readdirSync(folder).length).toBeGreaterThan(0);
  });

  it('keeps case files ready to sync in the background while unlocked, before any folder is chosen', async () => {
    const { waymark, directory } = makeWaymark({ directory: join(workspace, 'app-vault'), firstRecordMs: 100 });
    await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
    await waymark.dispatch('rollImport.run', {
      organisationName: 'Northfield Academy',
      csv: "Surname,Forename,DOB\nO'Neill,Siân,02/02/2010\nHaddad,مريم,03/03/2010\n",
      isDryRun: false,
    });
    // A reader of its own, as a second window would be: the app's vault stays open and unlocked.
    const files = vaultFiles(directory);
    const dataKey = await unwrapDataKey(readKeyFile(files.keyFile).passphrase, strongPassphrase, 'passphrase');
    const reader = openEncryptedDatabase(files.database, dataKey as Buffer, { isReadOnly: true });
    const count = (sql: string) => (reader.prepare(sql).get() as { n: number }).n;
    try {
      // The sync thread starts, records, and clears the outbox (under tsx its modules compile first: seconds).
      await vi.waitFor(() => expect(count('SELECT count(*) AS n FROM sync_outbox')).toBe(0), {
        timeout: 90_000,
        interval: 250,
      });
      expect(count("SELECT count(*) AS n FROM sync_documents WHERE entity LIKE 'client:%'")).toBe(2);
      const documents = count("SELECT count(*) AS n FROM sync_documents WHERE entity <> 'catalog'");

      // The first sync sends what was recorded.
      await waymark.dispatch('sync.configure', { folder });
      expect(await waymark.dispatch('sync.run', {})).toMatchObject({ ok: true, value: { sent: documents } });
    } finally {
      reader.close();
      waymark.close();
    }
  }, 120_000);

  it('refuses a sync folder that is not there, saying so, and remembers nothing', async () => {
    const { waymark } = makeWaymark({ directory: join(workspace, 'app-vault') });
    await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
    const missing = join(workspace, 'not-plugged-in');
    expect(await waymark.dispatch('sync.configure', { folder: missing })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: `There is no folder at ${missing}. Check the path, and that the drive or shared folder is connected, then save again.`,
      },
    });
    expect(await waymark.dispatch('sync.status', {})).toMatchObject({ ok: true, value: { folder: null } });
    // A path no system's folder can have (a pasted control character) is refused just as plainly.
    for (const pasted of [`${workspace}\u0000`, `${workspace}\tshared`]) {
      expect(await waymark.dispatch('sync.configure', { folder: pasted })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('A folder path cannot hold that character.') },
      });
    }
    expect(await waymark.dispatch('sync.status', {})).toMatchObject({ ok: true, value: { folder: null } });
    waymark.close();
  });

  it('syncs into the folder when the adviser locks it', async () => {
    const { waymark } = makeWaymark({ directory: join(workspace, 'app-vault') });
    const created = await waymark.dispatch('vault.create', {
      passphrase: strongPassphrase,
      confirmation: strongPassphrase,
    });
    expect(created.ok).toBe(true);
    expect((await waymark.dispatch('sync.configure', { folder })).ok).toBe(true);
    const added = await waymark.dispatch('rollImport.run', {
      organisationName: 'Northfield Academy',
      csv: 'Surname,Forename,DOB\nJones,Cerys,02/02/2010\n',
      isDryRun: false,
    });
    expect(added.ok).toBe(true);
    expect(readdirSync(folder)).toEqual([]);

    expect(await waymark.dispatch('vault.lock', {})).toEqual({ ok: true, value: {} });
    expect(readdirSync(folder).length).toBeGreaterThan(0);

    await waymark.dispatch('vault.unlock', { passphrase: strongPassphrase });
    const status = await waymark.dispatch('sync.status', {});
    expect(status).toMatchObject({
      ok: true,
      value: { lastSynced: { text: expect.stringMatching(/^Last synced: /) } },
    });
    waymark.close();
  });
});
