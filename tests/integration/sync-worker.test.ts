// The app syncs in a worker thread (main/services/sync/in-worker.ts), so its
// window keeps answering through a first sync of thousands of case files. The
// thread opens the vault itself, with its own copy of the data key; locking
// stops it, and a stopped sync costs nothing but the time it had spent.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDemoPractice } from '../../main/services/demo';
import { getInterview, saveNotes } from '../../main/services/interviews';
import { editableFields, getClient, saveClient } from '../../main/services/clients';
import { stopSyncWorkers, syncInWorker } from '../../main/services/sync';
import type { Vault } from '../../main/vault';
import { todayInLondon } from '../../shared/dates';
import { aClient, aSchool, anInterview } from '../support/factories';
import { syncedRecords } from '../support/synced-records';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const workspaces: string[] = [];
const opened: Vault[] = [];
const syncFolder = syncInWorker({ nativeBinding: undefined });
const sync = (vault: Vault, folder: string) => syncFolder(vault, folder, { now: new Date() });

afterEach(async () => {
  await stopSyncWorkers();
  for (const vault of opened.splice(0)) if (vault.state() === 'unlocked') vault.lock();
  for (const workspace of workspaces.splice(0)) removeDirectory(workspace);
});

/** A first computer, a second set up from a copy of its vault, and a shared folder. */
async function twoComputers(fill: (vault: Vault) => void) {
  const workspace = makeTempDirectory('waymark-sync-worker-');
  workspaces.push(workspace);
  const folder = join(workspace, 'shared');
  mkdirSync(folder);
  const first = makeVault({ directory: join(workspace, 'computer-1') });
  await first.create(strongPassphrase, strongPassphrase);
  await first.unlock(strongPassphrase);
  fill(first);
  first.lock();
  cpSync(join(workspace, 'computer-1'), join(workspace, 'computer-2'), { recursive: true });
  const computers = [first, makeVault({ directory: join(workspace, 'computer-2') })] as const;
  for (const vault of computers) {
    opened.push(vault);
    await vault.unlock(strongPassphrase);
  }
  return { folder, computers, workspace };
}

// Each sync starts a thread, which under tsx compiles the sync's TypeScript as it starts: seconds on a busy machine.
describe('sync in a worker thread', { timeout: 180_000 }, () => {
  it('carries a note from one computer to the other, each sync in its own thread', async () => {
    let interviewId = '';
    const { folder, computers } = await twoComputers((vault) => {
      const client = aClient(vault.database(), { organisationId: aSchool(vault.database()), forename: 'Siân' });
      interviewId = anInterview(vault.database(), client.id).id;
    });
    const [laptop, desktop] = computers;
    await sync(laptop, folder);
    await sync(desktop, folder);
    saveNotes(laptop.database(), interviewId, 0, 'Siân wants to study art at college.');

    expect((await sync(laptop, folder)).sent).toBeGreaterThan(0);
    expect((await sync(desktop, folder)).received).toBeGreaterThan(0);
    expect(getInterview(desktop.database(), interviewId).stages[0]?.notes).toBe('Siân wants to study art at college.');
    expect(syncedRecords(desktop.database())).toEqual(syncedRecords(laptop.database()));
  });

  it('says plainly when the folder is not there', async () => {
    const { computers, workspace } = await twoComputers(() => {});
    await expect(sync(computers[0], join(workspace, 'usb-stick'))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^The sync folder .*usb-stick is not there\. Check the drive/),
    });
  });

  it('stops when the vault locks part-way, and the next sync finishes the job with nothing lost', async () => {
    const { folder, computers } = await twoComputers((vault) =>
      generateDemoPractice(vault.database(), { clients: 300, seed: 7, today: todayInLondon() }),
    );
    const [laptop, desktop] = computers;
    const first = sync(laptop, folder);
    const chunks = join(folder, 'waymark-sync', 'chunks');
    while (!existsSync(chunks) || readdirSync(chunks).length === 0) await new Promise((wait) => setTimeout(wait, 20));
    await stopSyncWorkers();
    laptop.lock();
    await expect(first).rejects.toThrow(/stopped before it finished/);
    const partway = readdirSync(chunks).length;
    expect(partway).toBeLessThan(300);

    await laptop.unlock(strongPassphrase);
    await sync(laptop, folder);
    expect(readdirSync(chunks).length).toBeGreaterThan(300);
    await sync(desktop, folder);
    expect(syncedRecords(desktop.database())).toEqual(syncedRecords(laptop.database()));
  });

  it("never makes the adviser's own saves fail while it writes: each transaction waits its turn", async () => {
    const { folder, computers } = await twoComputers((vault) =>
      generateDemoPractice(vault.database(), { clients: 300, seed: 11, today: todayInLondon() }),
    );
    const [laptop] = computers;
    const open = laptop.database();
    const ids = (open.sqlite.prepare('SELECT id FROM clients ORDER BY id LIMIT 40').all() as { id: string }[]).map(
      (row) => row.id,
    );
    let isSyncing = true;
    const sync = syncFolder(laptop, folder, { now: new Date() }).finally(() => (isSyncing = false));
    // A correction reads the client, then writes the client, its history and the search index, in one transaction.
    let saves = 0;
    while (isSyncing) {
      const id = ids[saves % ids.length] as string;
      saveClient(open, {
        ...editableFields(getClient(open, id)),
        phone: `07700 9${String(saves).padStart(5, '0')}`,
        id,
      });
      saves += 1;
      await new Promise((wait) => setTimeout(wait, 2));
    }
    await sync;
    expect(saves).toBeGreaterThan(20);
  });
});
