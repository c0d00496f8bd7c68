// Sync between two (or three) vaults of one adviser through one shared folder,
// all on this machine: what one computer writes reaches the other, edits made
// offline on both merge, nothing readable lands in the folder, and an erasure
// travels. The second vault is a copy of the first's files, as a restored
// backup is: the same data key, so the same sync key.
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { next as A } from '@automerge/automerge';
import { saveClient, getClient, editableFields } from '../../main/services/clients';
import { eraseClient } from '../../main/services/erasure';
import { getInterview, saveNotes } from '../../main/services/interviews';
import { documentIdOf, syncWithFolder } from '../../main/services/sync';
import { documentDirectory, FolderStore } from '../../main/services/sync/folder-store';
import { chooseValue } from '../../main/services/sync/conflicts';
import { recordChanges } from '../../main/services/sync/record';
import { listConflicts, listWaiting } from '../../main/services/sync/waiting-choices';
import { getOrganisation, saveOrganisation } from '../../main/services/organisations';
import {
  createInvoice,
  listInvoices,
  markSent,
  readInvoiceDetails,
  saveInvoiceDetails,
} from '../../main/services/invoices';
import { finalisePlan, listVersions, planForClient, saveDraft } from '../../main/services/plans';
import type { OpenVault, Vault } from '../../main/vault';
import { aClient, aPlan, aSchool, anInterview } from '../support/factories';
import { anInvoiceInput } from '../support/invoice-input';
import { syncedRecords } from '../support/synced-records';
import {
  hashFolder,
  listFiles,
  makeTempDirectory,
  makeVault,
  removeDirectory,
  strongPassphrase,
} from '../support/vault-fixture';

const workspaces: string[] = [];
const opened: Vault[] = [];

afterEach(() => {
  for (const vault of opened.splice(0)) vault.lock();
  for (const workspace of workspaces.splice(0)) removeDirectory(workspace);
});

async function openVault(directory: string): Promise<OpenVault> {
  const vault = makeVault({ directory });
  opened.push(vault);
  await vault.unlock(strongPassphrase);
  return vault.database();
}

/**
 * A first computer with a school and a pupil, others set up from a copy of its
 * vault, and a shared folder. As the README says, the first computer syncs
 * before the copy is made, unless a test asks for copies made before any sync.
 */
async function twoComputers(count = 2, { isSyncedBeforeCopy = true } = {}) {
  const workspace = makeTempDirectory('waymark-sync-');
  workspaces.push(workspace);
  const folder = join(workspace, 'shared');
  mkdirSync(folder);
  const first = makeVault({ directory: join(workspace, 'computer-1') });
  await first.create(strongPassphrase, strongPassphrase);
  await first.unlock(strongPassphrase);
  const vault = first.database();
  const schoolId = aSchool(vault);
  const client = aClient(vault, { organisationId: schoolId, forename: 'Siân', surname: "O'Neill" });
  const interview = anInterview(vault, client.id);
  saveNotes(vault, interview.id, 0, 'Siân wants to study art at college.');
  if (isSyncedBeforeCopy) await syncWithFolder(vault, folder);
  first.lock();
  const computers: OpenVault[] = [];
  for (let index = 1; index <= count; index += 1) {
    const directory = join(workspace, `computer-${index}`);
    if (index > 1) cpSync(join(workspace, 'computer-1'), directory, { recursive: true });
    computers.push(await openVault(directory));
  }
  return { folder, computers, schoolId, clientId: client.id, interviewId: interview.id, workspace };
}

const notesOf = (vault: OpenVault, interviewId: string) => getInterview(vault, interviewId).stages[0]?.notes;

/**
 * How many histories hold the text in any change: every case file's in both vaults and in the
 * folder, read back with the keys. Throws if there are too few to mean anything.
 */
async function historiesHolding(vaults: OpenVault[], folder: string, text: string): Promise<number> {
  const histories = vaults.flatMap((vault) =>
    (vault.sqlite.prepare('SELECT state FROM sync_documents').all() as { state: Buffer }[]).map((row) => row.state),
  );
  const store = new FolderStore({ folder, syncKey: vaults[0]?.syncKey as Buffer });
  for (const documentId of await store.documentIds()) {
    let doc = A.init<Record<string, unknown>>();
    for (const chunk of await store.loadRange([documentId])) doc = A.loadIncremental(doc, chunk.data as Uint8Array);
    histories.push(Buffer.from(A.save(doc)));
  }
  if (histories.length <= 4) throw new Error(`only ${histories.length} histories to read`);
  return histories.filter((saved) =>
    A.getAllChanges(A.load(saved)).some((change) => JSON.stringify(A.decodeChange(change)).includes(text)),
  ).length;
}

describe('sync through a shared folder', () => {
  it('a note written on one computer appears on the other, and a second sync changes nothing', async () => {
    const { folder, computers, interviewId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];

    saveNotes(laptop, interviewId, 0, 'Siân wants to study art at college. Open day on 12 March.');
    const sent = await syncWithFolder(laptop, folder);
    expect(sent.sent).toBeGreaterThan(0);
    expect(sent.skipped).toEqual([]);

    const received = await syncWithFolder(desktop, folder);
    expect(received.received).toBeGreaterThan(0);
    expect(notesOf(desktop, interviewId)).toBe('Siân wants to study art at college. Open day on 12 March.');

    await syncWithFolder(laptop, folder);
    const before = hashFolder(folder);
    const again = [await syncWithFolder(laptop, folder), await syncWithFolder(desktop, folder)];
    expect(again).toEqual([
      { sent: 0, received: 0, conflicts: 0, skipped: [] },
      { sent: 0, received: 0, conflicts: 0, skipped: [] },
    ]);
    expect(hashFolder(folder)).toEqual(before);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('a new client, school and interview made on one computer arrive whole on the other, search included', async () => {
    const { folder, computers } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const college = aSchool(laptop, { name: 'Riverside College' });
    const maryam = aClient(laptop, { organisationId: college, forename: 'مريم', surname: "Robert'); DROP TABLE" });
    const interview = anInterview(laptop, maryam.id);
    saveNotes(laptop, interview.id, 0, 'Wants to be a midwife.');

    await syncWithFolder(laptop, folder);
    await syncWithFolder(desktop, folder);

    expect(getClient(desktop, maryam.id)).toMatchObject({ forename: 'مريم', surname: "Robert'); DROP TABLE" });
    expect(notesOf(desktop, interview.id)).toBe('Wants to be a midwife.');
    const found = desktop.sqlite
      .prepare(`SELECT record_id AS id FROM search_index WHERE search_index MATCH '"midwife"*'`)
      .all() as { id: string }[];
    expect(found.map((row) => row.id)).toContain(interview.id);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('edits made offline on both computers merge: different fields silently, one text as text, one value kept both ways', async () => {
    const { folder, computers, clientId, interviewId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    await syncWithFolder(laptop, folder);
    await syncWithFolder(desktop, folder);

    const edit = (vault: OpenVault, change: Partial<ReturnType<typeof editableFields>>) =>
      saveClient(vault, { ...editableFields(getClient(vault, clientId)), ...change, id: clientId });
    edit(laptop, { email: 'sian@example.org', phone: '07700 900001' });
    edit(desktop, { tutorGroup: '11B', phone: '07700 900002' });
    saveNotes(laptop, interviewId, 0, 'Open day on 12 March. Siân wants to study art at college.');
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Portfolio by May.');

    const first = await syncWithFolder(laptop, folder);
    const second = await syncWithFolder(desktop, folder);
    await syncWithFolder(laptop, folder);
    expect(first.conflicts + second.conflicts).toBe(1);

    for (const vault of [laptop, desktop]) {
      const client = getClient(vault, clientId);
      expect(client).toMatchObject({ email: 'sian@example.org', tutorGroup: '11B' });
      expect(['07700 900001', '07700 900002']).toContain(client.phone);
      expect(notesOf(vault, interviewId)).toBe(
        'Open day on 12 March. Siân wants to study art at college. Portfolio by May.',
      );
    }
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));

    // Both numbers are kept, on the computer that saw them meet, until the adviser chooses.
    const [waiting] = listConflicts(desktop, { clientId });
    expect(waiting).toMatchObject({ label: expect.stringContaining('phone') });
    expect(waiting?.values.map((value) => value.text).sort()).toEqual(['07700 900001', '07700 900002']);
    const choice = waiting?.values.find((value) => value.text === '07700 900001');
    chooseValue(desktop, { ...waiting!.id, chosen: choice!.index });
    expect(listConflicts(desktop, { clientId })).toEqual([]);
    expect(getClient(desktop, clientId).phone).toBe('07700 900001');

    await syncWithFolder(desktop, folder);
    await syncWithFolder(laptop, folder);
    expect(getClient(laptop, clientId).phone).toBe('07700 900001');
    expect(listConflicts(laptop, { clientId })).toEqual([]);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it("a school's address changed on both computers is offered among the practice's choices, named by its school", async () => {
    const { folder, computers, schoolId, clientId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const moveSchool = (vault: OpenVault, address: string) =>
      saveOrganisation(vault, {
        id: schoolId,
        name: 'Northfield Academy',
        kind: 'school',
        address,
        contacts: [],
        agreement: null,
      });
    moveSchool(laptop, '1 Station Road, Leeds');
    moveSchool(desktop, 'Station Road, Leeds LS1 4AB');
    const edit = (vault: OpenVault, phone: string) =>
      saveClient(vault, { ...editableFields(getClient(vault, clientId)), phone, id: clientId });
    edit(laptop, '07700 900001');
    edit(desktop, '07700 900002');

    await syncWithFolder(laptop, folder);
    await syncWithFolder(desktop, folder);
    // Where choices wait: the client by name, and one of the practice's own.
    expect(listWaiting(desktop)).toEqual({ clients: [{ clientId, name: "Siân O'Neill", count: 1 }], practice: 1 });
    const [address, ...others] = listConflicts(desktop, { practice: true });
    expect(others).toEqual([]);
    expect(address?.label).toBe('School or college (Northfield Academy): address');
    expect(address?.values.map((value) => value.text).sort()).toEqual([
      '1 Station Road, Leeds',
      'Station Road, Leeds LS1 4AB',
    ]);

    const chosen = address?.values.find((value) => value.text === 'Station Road, Leeds LS1 4AB');
    chooseValue(desktop, { ...address!.id, chosen: chosen!.index });
    expect(listConflicts(desktop, { practice: true })).toEqual([]);
    expect(listWaiting(desktop).practice).toBe(0);
    expect(getOrganisation(desktop, schoolId).address).toBe('Station Road, Leeds LS1 4AB');
    await syncWithFolder(desktop, folder);
    await syncWithFolder(laptop, folder);
    expect(getOrganisation(laptop, schoolId).address).toBe('Station Road, Leeds LS1 4AB');
    expect(listConflicts(laptop, { practice: true })).toEqual([]);
  });

  it('invoice details changed on both computers are offered in plain words: only the fields that differ', async () => {
    const { folder, computers } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const details = (vatNumber: string, sortCode: string) => ({
      ...readInvoiceDetails(laptop),
      tradingName: "O'Neill Careers",
      vatNumber,
      sortCode,
    });
    saveInvoiceDetails(laptop, details('GB123456789', '12-34-56'));
    saveInvoiceDetails(desktop, details('GB987654321', '12-34-56'));

    await syncWithFolder(laptop, folder);
    await syncWithFolder(desktop, folder);
    const [setting, ...others] = listConflicts(desktop, { practice: true });
    expect(others).toEqual([]);
    expect(setting?.label).toBe('Setting (Invoice details)');
    expect(setting?.values.map((value) => value.text).sort()).toEqual([
      'VAT number: GB123456789',
      'VAT number: GB987654321',
    ]);
    const chosen = setting?.values.find((value) => value.text === 'VAT number: GB987654321');
    chooseValue(desktop, { ...setting!.id, chosen: chosen!.index });
    expect(readInvoiceDetails(desktop)).toMatchObject({ vatNumber: 'GB987654321', tradingName: "O'Neill Careers" });
  });

  it('puts no name, note or key in any byte of the folder, in UTF-8 or UTF-16', async () => {
    const { folder, computers, interviewId, schoolId } = await twoComputers();
    const [laptop] = computers as [OpenVault];
    aClient(laptop, { organisationId: schoolId, forename: 'مريم', surname: "Robert'); DROP TABLE" });
    saveNotes(laptop, interviewId, 0, 'Confidential: moving to Leeds.');
    await syncWithFolder(laptop, folder);

    const known = ['Siân', "O'Neill", 'مريم', "Robert'); DROP TABLE", 'Northfield Academy', 'moving to Leeds'];
    const files = listFiles(folder);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const text of known) {
        expect(bytes.includes(Buffer.from(text, 'utf8')), `${text} in ${file}`).toBe(false);
        expect(bytes.includes(Buffer.from(text, 'utf16le')), `${text} (UTF-16) in ${file}`).toBe(false);
      }
      expect(bytes.includes(laptop.syncKey as Buffer)).toBe(false);
    }
  });

  it('an erasure on one computer removes the client from the other and from the folder, and it is never sent back', async () => {
    const { folder, computers, clientId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    await syncWithFolder(laptop, folder);
    await syncWithFolder(desktop, folder);

    eraseClient(laptop, clientId, 'Request under Article 17');
    // Sync's own copy of the case file, with its history, goes at once, not at the next sync.
    expect(laptop.sqlite.prepare('SELECT entity FROM sync_documents').all()).not.toContainEqual({
      entity: `client:${clientId}`,
    });
    // The desktop, offline, still edits the client it has not heard about.
    saveClient(desktop, { ...editableFields(getClient(desktop, clientId)), phone: '07700 900003', id: clientId });
    await syncWithFolder(laptop, folder);
    // The case file's chunks and its key are gone: only the practice's and the catalog's keys remain.
    const store = new FolderStore({ folder, syncKey: laptop.syncKey as Buffer });
    expect(await store.hasDocument(documentIdOf(laptop.syncKey as Buffer, `client:${clientId}`))).toBe(false);
    expect(listFiles(join(folder, 'waymark-sync', 'keys'))).toHaveLength(2);

    await syncWithFolder(desktop, folder);
    expect(() => getClient(desktop, clientId)).toThrow();
    await syncWithFolder(desktop, folder);
    await syncWithFolder(laptop, folder);
    expect(() => getClient(laptop, clientId)).toThrow();
    for (const file of listFiles(folder)) {
      for (const text of ['Siân', "O'Neill", '07700 900003'])
        expect(readFileSync(file).includes(Buffer.from(text, 'utf8'))).toBe(false);
    }
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('writes a case file afresh after a correction, so the old value is in no history, and keeps edits made meanwhile', async () => {
    const { folder, computers, clientId, interviewId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const wrongDate = '2011-05-04';
    expect(getClient(laptop, clientId).dateOfBirth).toBe(wrongDate);
    // Before the correction, the histories hold it: the search below can find it.
    expect(await historiesHolding([laptop, desktop], folder, wrongDate)).toBeGreaterThan(0);

    saveClient(laptop, {
      ...editableFields(getClient(laptop, clientId)),
      dateOfBirth: '2011-06-14',
      id: clientId,
      correctionReason: 'The date given at referral was wrong',
    });
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Portfolio by May.');
    for (const vault of [laptop, desktop, laptop]) await syncWithFolder(vault, folder);

    for (const vault of [laptop, desktop]) {
      expect(getClient(vault, clientId).dateOfBirth).toBe('2011-06-14');
      expect(notesOf(vault, interviewId)).toBe('Siân wants to study art at college. Portfolio by May.');
    }
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
    expect(await historiesHolding([laptop, desktop], folder, wrongDate)).toBe(0);
  });

  it('keeps an edit the other computer sent while the case file was being written afresh', async () => {
    const { folder, computers, clientId, interviewId, workspace } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    // The folder as the laptop reads it at the start of its next sync.
    const asTheLaptopRead = join(workspace, 'shared-as-read');
    cpSync(folder, asTheLaptopRead, { recursive: true });

    // Meanwhile the desktop sends a note; then the laptop, not having seen it, writes the case file afresh
    // after a correction, deleting every old chunk, the desktop's new one among them.
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Portfolio by May.');
    expect((await syncWithFolder(desktop, folder)).sent).toBeGreaterThan(0);
    saveClient(laptop, {
      ...editableFields(getClient(laptop, clientId)),
      dateOfBirth: '2011-06-14',
      id: clientId,
      correctionReason: 'The date given at referral was wrong',
    });
    await syncWithFolder(laptop, asTheLaptopRead);
    for (const vault of [desktop, laptop]) await syncWithFolder(vault, asTheLaptopRead);

    for (const vault of [laptop, desktop]) {
      expect(getClient(vault, clientId).dateOfBirth).toBe('2011-06-14');
      expect(notesOf(vault, interviewId)).toBe('Siân wants to study art at college. Portfolio by May.');
    }
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
    expect(await historiesHolding([laptop, desktop], asTheLaptopRead, '2011-05-04')).toBe(0);
  });

  it('reads at the next sync a chunk the other computer wrote while this one was syncing the same case file', async () => {
    const { folder, computers, clientId, interviewId, workspace } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Edit one.');
    await syncWithFolder(desktop, folder);
    // The desktop's next change, written into a copy of the folder, to arrive mid-sync (as Syncthing brings it).
    const later = join(workspace, 'later');
    cpSync(folder, later, { recursive: true });
    saveNotes(desktop, interviewId, 0, 'Siân wants to study art at college. Edit two.');
    await syncWithFolder(desktop, later);
    const arriving = listFiles(later)
      .map((file) => file.slice(later.length))
      .filter((file) => !listFiles(folder).includes(join(folder, file)));
    expect(arriving.length).toBeGreaterThan(0);

    anInterview(laptop, clientId);
    const clientDocument = documentIdOf(laptop.syncKey as Buffer, `client:${clientId}`);
    const loadRange = FolderStore.prototype.loadRange;
    let hasArrived = false;
    const arrivingMidSync = vi.spyOn(FolderStore.prototype, 'loadRange').mockImplementation(async function (
      this: FolderStore,
      prefix,
    ) {
      const chunks = await loadRange.call(this, prefix);
      if (!hasArrived && prefix[0] === clientDocument) {
        for (const file of arriving) cpSync(join(later, file), join(folder, file));
        hasArrived = true;
      }
      return chunks;
    });
    try {
      await syncWithFolder(laptop, folder);
    } finally {
      arrivingMidSync.mockRestore();
    }
    expect(hasArrived).toBe(true);
    expect(notesOf(laptop, interviewId)).toBe('Siân wants to study art at college. Edit one.');

    await syncWithFolder(laptop, folder);
    expect(notesOf(laptop, interviewId)).toBe('Siân wants to study art at college. Edit two.');
    await syncWithFolder(desktop, folder);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('passes over damaged and foreign files with a reason, and still syncs the rest', async () => {
    const { folder, computers, interviewId, schoolId, clientId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const other = aClient(laptop, { organisationId: schoolId, forename: 'Dafydd', surname: 'Hughes' });
    saveNotes(laptop, interviewId, 0, 'Siân wants to study art at college. Open day on 12 March.');
    await syncWithFolder(laptop, folder);

    // The new client's only chunk is damaged; a stranger's file lands among Siân's.
    const syncKey = laptop.syncKey as Buffer;
    const [damaged] = listFiles(join(folder, documentDirectory(documentIdOf(syncKey, `client:${other.id}`))));
    const bytes = readFileSync(damaged as string);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    writeFileSync(damaged as string, bytes);
    writeFileSync(
      join(folder, documentDirectory(documentIdOf(syncKey, `client:${clientId}`)), 'c-nothing-of-ours'),
      'not a Waymark file',
    );

    const report = await syncWithFolder(desktop, folder);
    expect(report.skipped).toHaveLength(2);
    for (const { file, reason } of report.skipped) {
      expect(file).toMatch(/^waymark-sync\//);
      expect(reason).toMatch(/\w+ \w+ \w+/);
    }
    // What was not damaged arrived; the damaged client did not, and nothing was made up for them.
    expect(notesOf(desktop, interviewId)).toBe('Siân wants to study art at college. Open day on 12 March.');
    expect(() => getClient(desktop, other.id)).toThrow();
  });

  it('a folder that is not there is a plain message, and nothing changes', async () => {
    const { computers, workspace } = await twoComputers(1);
    const [laptop] = computers as [OpenVault];
    const before = laptop.sqlite.prepare('SELECT count(*) AS n FROM sync_documents').get();
    await expect(syncWithFolder(laptop, join(workspace, 'usb-stick'))).rejects.toThrow(/sync folder .* is not there/);
    expect(laptop.sqlite.prepare('SELECT count(*) AS n FROM sync_documents').get()).toEqual(before);
  });

  it('three computers making random edits, recording and syncing in any order always agree once all have synced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.record({
              kind: fc.constant('phone' as const),
              computer: fc.integer({ min: 0, max: 2 }),
              value: fc.stringMatching(/^07700 9000\d\d$/),
            }),
            fc.record({
              kind: fc.constant('note' as const),
              computer: fc.integer({ min: 0, max: 2 }),
              value: fc.string({ maxLength: 30 }),
            }),
            fc.record({
              kind: fc.constant('plan' as const),
              computer: fc.integer({ min: 0, max: 2 }),
              goal: fc.string({ maxLength: 20 }),
            }),
            fc.record({
              kind: fc.constant('invoice' as const),
              computer: fc.integer({ min: 0, max: 2 }),
              isSent: fc.boolean(),
            }),
            fc.record({ kind: fc.constant('sync' as const), computer: fc.integer({ min: 0, max: 2 }) }),
            // What the app does in the background between syncs.
            fc.record({ kind: fc.constant('record' as const), computer: fc.integer({ min: 0, max: 2 }) }),
          ),
          { maxLength: 12 },
        ),
        async (steps) => {
          const { folder, computers, clientId, interviewId, schoolId } = await twoComputers(3, {
            isSyncedBeforeCopy: false,
          });
          const sentAs = new Map<string, string>();
          let finalised = 0;
          for (const step of steps) {
            const vault = computers[step.computer] as OpenVault;
            if (step.kind === 'sync') await syncWithFolder(vault, folder);
            if (step.kind === 'record') await recordChanges(vault);
            if (step.kind === 'phone')
              saveClient(vault, { ...editableFields(getClient(vault, clientId)), phone: step.value, id: clientId });
            if (step.kind === 'note') saveNotes(vault, interviewId, 0, step.value);
            if (step.kind === 'plan') {
              // The client's first plan, or the next version of the one this computer knows.
              const plan = planForClient(vault, clientId);
              if (!plan) aPlan(vault, clientId, { goal: step.goal, isFinalised: true });
              else {
                saveDraft(vault, { planId: plan.id, content: { ...plan.draft, goal: step.goal } });
                finalisePlan(vault, { planId: plan.id });
              }
              finalised += 1;
            }
            if (step.kind === 'invoice') {
              const invoice = createInvoice(vault, anInvoiceInput(schoolId));
              if (step.isSent) sentAs.set(markSent(vault, { id: invoice.id }).id, invoice.number);
            }
          }
          // Two rounds: the last computer's changes reach the first ones.
          const reports = [];
          for (let round = 0; round < 2; round += 1)
            for (const vault of computers) reports.push(await syncWithFolder(vault, folder));
          expect(reports.flatMap((report) => report.skipped)).toEqual([]);
          const [one, two, three] = computers.map(syncedRecords);
          expect(two).toEqual(one);
          expect(three).toEqual(one);
          // Every invoice on every computer, each number once, and each sent one says the number it went out with.
          const invoices = listInvoices(computers[0] as OpenVault, {});
          expect(new Set(invoices.map((invoice) => invoice.number)).size).toBe(invoices.length);
          for (const [id, number] of sentAs) {
            const invoice = invoices.find((found) => found.id === id);
            expect(invoice?.renumberedFrom ?? invoice?.number).toBe(number);
          }
          // One plan, with every version finalised anywhere, numbered 1, 2, 3 and on.
          const plan = planForClient(computers[0] as OpenVault, clientId);
          const numbers = plan ? listVersions(computers[0] as OpenVault, plan.id).map((version) => version.number) : [];
          expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: finalised }, (_, index) => index + 1));
          // Numbers are settled, never asked about.
          for (const vault of computers)
            expect(listConflicts(vault, { practice: true }).map((choice) => choice.label)).toEqual([]);
          for (const vault of opened.splice(0)) vault.lock();
          rmSync(folder, { recursive: true, force: true });
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);
});

describe('the journal in the shared folder', () => {
  const day = 24 * 60 * 60 * 1000;
  const journalOf = (folder: string) => readdirSync(join(folder, 'waymark-sync', 'journal')).sort();
  const chunkFiles = (folder: string) => listFiles(join(folder, 'waymark-sync', 'chunks'));

  it('names what each sync wrote, so the other computer finds it without opening every document', async () => {
    const { folder, computers, interviewId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const entries = journalOf(folder);
    saveNotes(laptop, interviewId, 0, 'Siân has an open day on 12 March.');
    await syncWithFolder(laptop, folder);
    const written = journalOf(folder).filter((name) => !entries.includes(name));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{16}$/);

    expect((await syncWithFolder(desktop, folder)).received).toBe(1);
    expect(notesOf(desktop, interviewId)).toBe('Siân has an open day on 12 March.');
  });

  it('reads an entry again while its chunks are still on their way, and takes them when they come', async () => {
    const { folder, computers, interviewId, workspace } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const before = chunkFiles(folder);
    saveNotes(laptop, interviewId, 0, 'Siân has an open day on 12 March.');
    await syncWithFolder(laptop, folder);
    // Syncthing has brought the journal entry but not yet the chunk it names.
    const [chunk] = chunkFiles(folder).filter((file) => !before.includes(file));
    const aside = join(workspace, 'in-transit');
    renameSync(chunk as string, aside);

    expect((await syncWithFolder(desktop, folder)).received).toBe(0);
    renameSync(aside, chunk as string);
    expect((await syncWithFolder(desktop, folder)).received).toBe(1);
    expect(notesOf(desktop, interviewId)).toBe('Siân has an open day on 12 March.');
  });

  it('is only a shortcut: a change that came without its entry is found by the daily look at every document', async () => {
    const { folder, computers, interviewId } = await twoComputers();
    const [laptop, desktop] = computers as [OpenVault, OpenVault];
    const entries = journalOf(folder);
    saveNotes(laptop, interviewId, 0, 'Siân has an open day on 12 March.');
    await syncWithFolder(laptop, folder);
    // A folder copied by hand without the journal, say.
    for (const name of journalOf(folder).filter((entry) => !entries.includes(entry)))
      rmSync(join(folder, 'waymark-sync', 'journal', name));

    await syncWithFolder(desktop, folder);
    expect(notesOf(desktop, interviewId)).toBe('Siân wants to study art at college.');
    await syncWithFolder(desktop, folder, { now: new Date(Date.now() + day + 60_000) });
    expect(notesOf(desktop, interviewId)).toBe('Siân has an open day on 12 March.');
  });

  it('removes entries a month old, and keeps no record of names no longer in the folder', async () => {
    const { folder, computers, interviewId } = await twoComputers();
    const [laptop] = computers as [OpenVault];
    const old = journalOf(folder);
    expect(old.length).toBeGreaterThan(0);
    saveNotes(laptop, interviewId, 0, 'Siân has an open day on 12 March.');
    await syncWithFolder(laptop, folder, { now: new Date(Date.now() + 31 * day) });

    const now = journalOf(folder);
    expect(now.filter((name) => old.includes(name))).toEqual([]);
    expect(now).toHaveLength(1);
    const record = laptop.sqlite.prepare(`SELECT value FROM settings WHERE key = 'sync.journal'`).get() as {
      value: string;
    };
    expect(JSON.parse(record.value).read).toEqual(now);
  });
});
