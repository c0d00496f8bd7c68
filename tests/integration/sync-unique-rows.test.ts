// A client has one action plan, each version one number and each withheld
// record one mark. Two computers apart can each start the client's first plan,
// finalise the same next version or withhold the same record; after syncing,
// both computers must hold one of each with nothing lost, rather than a case
// file that never syncs again. And a mark must withhold the same record on both,
// and an invoice number must name one invoice.
import { describe, expect, it } from 'vitest';
import { finalisePlan, listVersions, planForClient, saveDraft } from '../../main/services/plans';
import {
  collectClientRecords,
  listWithholdable,
  listWithholdings,
  markWithheld,
} from '../../main/services/subject-access';
import { produceReport, saveReportComments } from '../../main/services/reports';
import { saveSession } from '../../main/services/diary';
import {
  createInvoice,
  creditInvoice,
  exportInvoiceDocx,
  getInvoice,
  listInvoices,
  markCorrectedCopySent,
  markSent,
  readInvoiceDetails,
} from '../../main/services/invoices';
import { readDocx } from '../support/docx';
import { syncWithFolder } from '../../main/services/sync';
import { chooseValue } from '../../main/services/sync/conflicts';
import { listConflicts } from '../../main/services/sync/waiting-choices';
import { contextAt } from '../../main/services/context';
import type { OpenVault } from '../../main/vault';
import { aClient, anAction, aPlan, aSchool } from '../support/factories';
import { anInvoiceInput } from '../support/invoice-input';
import { syncedRecords } from '../support/synced-records';
import { laptopAndDesktop as twoComputers } from '../support/two-computers';

/** A laptop with one pupil, synced, and a desktop restored from a copy of it, as the README sets one up. */
async function laptopAndDesktop() {
  const { folder, laptop, desktop, prepared } = await twoComputers(async (vault, shared) => {
    const schoolId = aSchool(vault);
    const client = aClient(vault, { organisationId: schoolId, forename: 'Siân' });
    await syncWithFolder(vault, shared);
    return { schoolId, clientId: client.id };
  });
  return { folder, ...prepared, laptop: laptop.database(), desktop: desktop.database() };
}

/** Each syncs twice, in turn: enough for what either wrote to reach the other and settle. */
async function syncBoth(folder: string, laptop: OpenVault, desktop: OpenVault) {
  const reports = [];
  for (const vault of [laptop, desktop, laptop, desktop]) reports.push(await syncWithFolder(vault, folder));
  return reports;
}

const versionsOf = (vault: OpenVault, clientId: string) => {
  const plan = planForClient(vault, clientId);
  if (!plan) throw new Error('no plan');
  return listVersions(vault, plan.id).map((version) => ({ number: version.number, goal: version.content.goal }));
};

describe('one of each, after two computers made them apart', () => {
  it('two first plans made apart become one plan, keeping both versions and offering both drafts', async () => {
    const { folder, clientId, laptop, desktop } = await laptopAndDesktop();
    // The laptop starts the plan in school on Monday; the desktop, not knowing, starts one at home on Tuesday.
    const first = aPlan(laptop, clientId, {
      goal: 'Apply to Riverside College for art',
      actions: [anAction('Visit the open day')],
      isFinalised: true,
      now: new Date('2026-11-02T10:00:00Z'),
    });
    const second = aPlan(desktop, clientId, {
      goal: 'Apprenticeship in graphic design',
      isFinalised: true,
      now: new Date('2026-11-03T18:00:00Z'),
    });
    saveDraft(
      desktop,
      { planId: second.id, content: { ...second.draft, goal: 'Apprenticeship in graphic design, or college' } },
      contextAt(new Date('2026-11-03T18:30:00Z')),
    );

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);

    for (const vault of [laptop, desktop]) {
      // The plan started first stays, with the other's version after its own, in the order they were finalised.
      expect(planForClient(vault, clientId)?.id).toBe(first.id);
      expect(versionsOf(vault, clientId)).toEqual([
        { number: 1, goal: 'Apply to Riverside College for art' },
        { number: 2, goal: 'Apprenticeship in graphic design' },
      ]);
    }
    // The two drafts differ: the desktop, which had changed its own, is asked which to keep.
    const [choice, ...others] = listConflicts(desktop, { clientId });
    expect(others).toEqual([]);
    if (!choice) throw new Error('no choice offered');
    expect(choice.label).toBe('Action plan draft: draft');
    const goals = choice.values.map((value) => (JSON.parse(value.text) as { goal: string }).goal);
    expect([...goals].sort()).toEqual([
      'Apply to Riverside College for art',
      'Apprenticeship in graphic design, or college',
    ]);

    const kept = choice.values[goals.indexOf('Apprenticeship in graphic design, or college')];
    chooseValue(desktop, { ...choice.id, chosen: kept?.index ?? -1 });
    await syncBoth(folder, laptop, desktop);
    for (const vault of [laptop, desktop]) {
      expect(planForClient(vault, clientId)?.draft.goal).toBe('Apprenticeship in graphic design, or college');
      expect(listConflicts(vault, { clientId })).toEqual([]);
    }
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
    // Settled: nothing more to send either way.
    expect(await syncWithFolder(laptop, folder)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
    expect(await syncWithFolder(desktop, folder)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
  });

  it('two versions finalised with the same number apart both stay, numbered in the order they were finalised', async () => {
    const { folder, clientId, laptop, desktop } = await laptopAndDesktop();
    const plan = aPlan(laptop, clientId, { goal: 'Sixth form', isFinalised: true });
    await syncBoth(folder, laptop, desktop);

    for (const [vault, goal, at] of [
      [desktop, 'Sixth form, then a degree in nursing', '2026-11-05T09:00:00Z'],
      [laptop, 'Sixth form, biology and chemistry', '2026-11-04T14:00:00Z'],
    ] as const) {
      saveDraft(vault, { planId: plan.id, content: { ...plan.draft, goal } }, contextAt(new Date(at)));
      finalisePlan(vault, { planId: plan.id }, contextAt(new Date(at)));
    }

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    for (const vault of [laptop, desktop])
      expect(versionsOf(vault, clientId)).toEqual([
        { number: 1, goal: 'Sixth form' },
        { number: 2, goal: 'Sixth form, biology and chemistry' },
        { number: 3, goal: 'Sixth form, then a degree in nursing' },
      ]);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('a plan version withheld on one computer is withheld from a bundle made on the other', async () => {
    const { folder, clientId, laptop, desktop } = await laptopAndDesktop();
    const plan = aPlan(laptop, clientId, { goal: 'Live with my aunt Rosa while at college', isFinalised: true });
    // The desktop finalises another pupil's plan first, so the same version has another row number there.
    const other = aClient(desktop, { organisationId: aSchool(desktop, { name: 'Riverside College' }) });
    aPlan(desktop, other.id, { goal: 'Sixth form', isFinalised: true });
    await syncBoth(folder, laptop, desktop);

    const version = listWithholdable(laptop, clientId).find((record) => record.kind === 'plan-version');
    if (!version) throw new Error('no version to withhold');
    markWithheld(laptop, { clientId, kind: 'plan-version', recordKey: version.recordKey, note: 'Names her aunt' });
    await syncBoth(folder, laptop, desktop);

    for (const vault of [laptop, desktop]) {
      const versions = collectClientRecords(vault, clientId).tables.plan_versions ?? [];
      expect(versions.map((row) => row.content)).toEqual(['Withheld: Names her aunt']);
    }
    expect(planForClient(desktop, clientId)?.id).toBe(plan.id);
  });

  it('the same record withheld on both computers apart keeps one mark, and both notes for the adviser to choose', async () => {
    const { folder, clientId, laptop, desktop } = await laptopAndDesktop();
    aPlan(laptop, clientId, { goal: 'Apply to Riverside College', isFinalised: true });
    await syncBoth(folder, laptop, desktop);
    const version = listWithholdable(laptop, clientId).find((record) => record.kind === 'plan-version');
    if (!version) throw new Error('no version to withhold');

    const mark = { clientId, kind: 'plan-version' as const, recordKey: version.recordKey };
    markWithheld(laptop, { ...mark, note: 'Names a sibling' }, contextAt(new Date('2026-11-04T10:00:00Z')));
    markWithheld(desktop, { ...mark, note: 'Names her brother' }, contextAt(new Date('2026-11-04T16:00:00Z')));
    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);

    for (const vault of [laptop, desktop]) expect(listWithholdings(vault, clientId)).toHaveLength(1);
    const choices = [...listConflicts(laptop, { clientId }), ...listConflicts(desktop, { clientId })];
    expect(choices[0]?.label).toBe('Withheld from a subject-access bundle: note');
    expect(choices[0]?.values.map((value) => value.text).sort()).toEqual(['Names a sibling', 'Names her brother']);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it("one school's termly report written on both computers apart keeps both computers' words in the one report", async () => {
    const { folder, schoolId, laptop, desktop } = await laptopAndDesktop();
    const term = { organisationId: schoolId, from: '2026-09-01', to: '2026-12-18' };
    saveReportComments(
      laptop,
      { ...term, comments: 'Year 11 attendance at interviews was good.', recommendations: 'Book a careers fair.' },
      contextAt(new Date('2026-12-01T09:00:00Z')),
    );
    saveReportComments(
      desktop,
      { ...term, comments: 'Two pupils moved to college courses.', recommendations: '' },
      contextAt(new Date('2026-12-01T19:00:00Z')),
    );

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    for (const vault of [laptop, desktop])
      expect(produceReport(vault, term)).toMatchObject({
        comments: 'Year 11 attendance at interviews was good.\n\nTwo pupils moved to college courses.',
        recommendations: 'Book a careers fair.',
      });
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
    expect(await syncWithFolder(laptop, folder)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
  });
  it('two invoices given one number apart: the one sent first keeps it, the other takes the next and says so', async () => {
    const { folder, schoolId, laptop, desktop } = await laptopAndDesktop();
    const invoice = (vault: OpenVault, description: string, at: string) =>
      createInvoice(
        vault,
        { ...anInvoiceInput(schoolId, description), invoiceDate: at.slice(0, 10) },
        contextAt(new Date(at)),
      );
    // The laptop bills the careers fair on Monday and sends it; the desktop, apart, bills a parents' evening
    // on Tuesday and sends it, and starts a draft for December.
    const fair = invoice(laptop, 'Careers fair', '2026-11-30T10:00:00Z');
    markSent(laptop, { id: fair.id }, contextAt(new Date('2026-11-30T10:05:00Z')));
    const evening = invoice(desktop, "Parents' evening", '2026-12-01T18:00:00Z');
    markSent(desktop, { id: evening.id }, contextAt(new Date('2026-12-01T18:05:00Z')));
    const december = invoice(desktop, 'Guidance days in December', '2026-12-01T18:30:00Z');
    expect([fair.number, evening.number, december.number]).toEqual(['INV-0001', 'INV-0001', 'INV-0002']);

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    for (const vault of [laptop, desktop]) {
      const numbered = (id: string) => {
        const { number, renumberedFrom, status } = getInvoice(vault, { id });
        return { number, renumberedFrom, status };
      };
      expect(numbered(fair.id)).toEqual({ number: 'INV-0001', renumberedFrom: null, status: 'sent' });
      // Sent with a number already taken: renumbered after every number in use, and the old one kept.
      expect(numbered(evening.id)).toEqual({ number: 'INV-0003', renumberedFrom: 'INV-0001', status: 'sent' });
      // A draft has gone nowhere: it keeps its own number, which no one else took.
      expect(numbered(december.id)).toEqual({ number: 'INV-0002', renumberedFrom: null, status: 'draft' });
      expect(listInvoices(vault, {})).toHaveLength(3);
    }
    // The corrected copy for the school says what it replaces.
    const copy = (await readDocx((await exportInvoiceDocx(desktop, { id: evening.id })).bytes)).text;
    expect(copy).toContain('Invoice number: INV-0003');
    expect(copy).toContain(
      'This invoice replaces the copy numbered INV-0001, a number given in error to another invoice as well.',
    );
    // Once the adviser says the corrected copy has gone, both computers know.
    expect(() => markCorrectedCopySent(desktop, { id: fair.id, on: '2026-12-02' })).toThrow(
      'Invoice INV-0001 was never renumbered.',
    );
    markCorrectedCopySent(desktop, { id: evening.id, on: '2026-12-02' });
    await syncBoth(folder, laptop, desktop);
    expect(getInvoice(laptop, { id: evening.id }).correctedCopySentOn).toBe('2026-12-02');
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
    // The invoice numbering, moved on differently on each computer, is no choice for the adviser.
    expect(reports.reduce((sum, report) => sum + report.conflicts, 0)).toBe(0);
    expect(await syncWithFolder(laptop, folder)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
    // The next invoice on either computer takes a number no invoice holds.
    expect(invoice(laptop, 'Guidance day', '2026-12-02T09:00:00Z').number).toBe('INV-0004');
    expect(readInvoiceDetails(laptop).nextNumber).toBe(5);
  });
  it("a credit note for an invoice renumbered apart names the invoice's new number and the number it went out with", async () => {
    const { folder, schoolId, laptop, desktop } = await laptopAndDesktop();
    const sentInvoice = (vault: OpenVault, description: string, at: string) => {
      const made = createInvoice(
        vault,
        { ...anInvoiceInput(schoolId, description), invoiceDate: at.slice(0, 10) },
        contextAt(new Date(at)),
      );
      return markSent(vault, { id: made.id }, contextAt(new Date(at)));
    };
    sentInvoice(laptop, 'Careers fair', '2026-11-30T10:00:00Z');
    // The desktop's invoice, sent later with the same number, is cancelled there before the two meet:
    // one credit note with the reason Waymark gives, one with the adviser's own words.
    const evening = sentInvoice(desktop, "Parents' evening", '2026-12-01T18:00:00Z');
    const credit = creditInvoice(desktop, { id: evening.id, on: '2026-12-02', reason: '' });
    expect(credit.notes).toBe('Cancels invoice INV-0001.');
    const typed = sentInvoice(desktop, 'Mock interviews', '2026-12-01T19:00:00Z');
    const typedCredit = creditInvoice(desktop, {
      id: typed.id,
      on: '2026-12-02',
      reason: 'Billed to the wrong school: see INV-0002.',
    });

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    const renumbered = getInvoice(laptop, { id: evening.id });
    expect(renumbered).toMatchObject({ renumberedFrom: 'INV-0001', status: 'cancelled' });
    expect(renumbered.number).not.toBe('INV-0001');
    for (const vault of [laptop, desktop]) {
      const note = getInvoice(vault, { id: credit.id });
      expect(note).toMatchObject({
        notes: `Cancels invoice ${renumbered.number}.`,
        creditsInvoiceNumber: renumbered.number,
        creditsInvoiceRenumberedFrom: 'INV-0001',
      });
      // The adviser's own words are theirs: never rewritten.
      expect(getInvoice(vault, { id: typedCredit.id }).notes).toBe('Billed to the wrong school: see INV-0002.');
    }
    const document = (await readDocx((await exportInvoiceDocx(laptop, { id: credit.id })).bytes)).text;
    expect(document).toContain(
      `This credit note cancels invoice ${renumbered.number} (first sent as INV-0001) in full.`,
    );
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });
  it('an invoice renumbered on one computer moves along again when the number it took was taken on the other', async () => {
    const { folder, schoolId, laptop, desktop } = await laptopAndDesktop();
    const draft = (vault: OpenVault, at: string) =>
      createInvoice(vault, anInvoiceInput(schoolId), contextAt(new Date(at)));
    const first = draft(laptop, '2026-11-30T10:00:00Z');
    const second = draft(desktop, '2026-11-30T11:00:00Z');
    await syncWithFolder(desktop, folder);
    // The desktop's next takes INV-0002, which the laptop, not knowing it, gives the desktop's first.
    const third = draft(desktop, '2026-11-30T12:00:00Z');
    await syncWithFolder(laptop, folder);
    expect(getInvoice(laptop, { id: second.id }).number).toBe('INV-0002');

    const reports = await syncBoth(folder, laptop, desktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    for (const vault of [laptop, desktop])
      expect([first, second, third].map(({ id }) => getInvoice(vault, { id }).number)).toEqual([
        'INV-0001',
        'INV-0002',
        'INV-0003',
      ]);
    expect(syncedRecords(desktop)).toEqual(syncedRecords(laptop));
  });

  it('one school day invoiced on both computers apart: both invoices stay, and each says the day is billed twice', async () => {
    const { folder, laptop, desktop, prepared } = await twoComputers(async (vault, shared) => {
      const schoolId = aSchool(vault);
      const { session } = saveSession(
        vault,
        {
          organisationId: schoolId,
          heldOn: '2026-11-25',
          startsAt: '09:00',
          endsAt: '15:00',
          kind: 'interviews',
          slotMinutes: 45,
          room: '',
          notes: '',
        },
        contextAt(new Date('2026-11-20T09:00:00Z')),
      );
      await syncWithFolder(vault, shared);
      return { schoolId, sessionId: session.id };
    });
    const [onLaptop, onDesktop] = [laptop.database(), desktop.database()];
    const invoiceTheDay = (vault: OpenVault, at: string) =>
      createInvoice(
        vault,
        {
          ...anInvoiceInput(prepared.schoolId, 'Careers guidance: a school day', prepared.sessionId),
          invoiceDate: at.slice(0, 10),
        },
        contextAt(new Date(at)),
      );
    const first = invoiceTheDay(onLaptop, '2026-11-30T10:00:00Z');
    const second = invoiceTheDay(onDesktop, '2026-12-01T18:00:00Z');
    // Each computer alone knows of one invoice for the day.
    expect(getInvoice(onLaptop, { id: first.id }).sessionsAlsoBilledOn).toEqual([]);

    const reports = await syncBoth(folder, onLaptop, onDesktop);
    expect(reports.flatMap((report) => report.skipped)).toEqual([]);
    for (const vault of [onLaptop, onDesktop]) {
      expect(getInvoice(vault, { id: first.id }).sessionsAlsoBilledOn).toEqual([{ id: second.id, number: 'INV-0002' }]);
      expect(getInvoice(vault, { id: second.id }).sessionsAlsoBilledOn).toEqual([{ id: first.id, number: 'INV-0001' }]);
    }
    // Cancelled with a credit note, the second no longer bills the day, and the first says nothing more.
    creditInvoice(onDesktop, { id: second.id, on: '2026-12-02', reason: 'Billed on both computers.' });
    expect(getInvoice(onDesktop, { id: first.id }).sessionsAlsoBilledOn).toEqual([]);
    expect(getInvoice(onDesktop, { id: second.id }).sessionsAlsoBilledOn).toEqual([]);
  });
});
