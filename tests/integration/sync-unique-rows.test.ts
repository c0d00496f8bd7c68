// A client has one action plan, each version one number and each withheld
// record one mark. Two computers apart can each start the client's first plan,
// finalise the same next version or withhold the same record; after syncing,
// both computers must hold one of each with nothing lost, rather than a case
// file that never syncs again. And a mark must withhold the same record on both.
import { describe, expect, it } from 'vitest';
import { finalisePlan, listVersions, planForClient, saveDraft } from '../../main/services/plans';
import {
  collectClientRecords,
  listWithholdable,
  listWithholdings,
  markWithheld,
} from '../../main/services/subject-access';
import { produceReport, saveReportComments } from '../../main/services/reports';
import { syncWithFolder } from '../../main/services/sync';
import { chooseValue } from '../../main/services/sync/conflicts';
import { listConflicts } from '../../main/services/sync/waiting-choices';
import { contextAt } from '../../main/services/context';
import type { OpenVault } from '../../main/vault';
import { aClient, anAction, aPlan, aSchool } from '../support/factories';
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
    const [choice, ...others] = listConflicts(desktop, clientId);
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
      expect(listConflicts(vault, clientId)).toEqual([]);
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
    const choices = [...listConflicts(laptop, clientId), ...listConflicts(desktop, clientId)];
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
});
