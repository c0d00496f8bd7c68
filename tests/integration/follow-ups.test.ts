// Follow-ups through the contract against a real vault: the interview's
// follow-up date becomes the client's one review date (read by the caseload,
// the plan document and the home page), and the adviser's own plan actions
// make a to-do list with Done and Snooze that survive new plan versions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { PlanAction } from '../../shared/action-plans';
import type { Waymark } from '../../main/api/waymark';
import { readDocx } from '../support/docx';
import { setReviewDue, snoozeAction } from '../../main/services/follow-ups';
import { fixedContext } from '../../main/services/context';
import { makeVaultWithRoll, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

let waymark: Waymark;
let directory: string;
let sianId: string;
let tomId: string;

/** Calls a channel and returns its value, failing the test with the message if it was refused. */
async function call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await waymark.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ChannelOutput<C>;
}

const details = {
  heldOn: '2026-11-23',
  startsAt: '09:30',
  durationMinutes: 45,
  mode: 'in-person' as const,
  place: 'Library',
  competencies: [],
  techniques: [],
  intendedDestination: '',
  referralMade: '',
  provisionLevelSet: null,
  followUpOn: null as string | null,
  scores: [],
};

const adviserAction = (id: string, text: string, dueOn: string | null): PlanAction => ({
  id,
  text,
  owner: { kind: 'adviser', name: '' },
  dueOn,
  status: 'to-do',
  notes: '',
  links: [],
  isSensitive: false,
  reviewComment: '',
});

beforeEach(async () => {
  ({ waymark, directory } = makeWaymark());
  await call('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase });
  await call('rollImport.run', {
    organisationName: 'Northfield Academy',
    csv: 'Surname,Forename,DOB,Year\nO’Neill,Siân,29/02/2008,11\nBrown,Tom,01/09/2009,11\n',
    isDryRun: false,
  });
  const { rows } = await call('clients.list', { filter: {}, sort: 'surname', offset: 0, limit: 10 });
  sianId = rows.find((row) => row.forename === 'Siân')?.id ?? '';
  tomId = rows.find((row) => row.forename === 'Tom')?.id ?? '';
});
afterEach(() => {
  waymark.close();
  removeDirectory(directory);
});

describe('the client’s next review', () => {
  it('is set by the interview’s follow-up date, and read by the caseload and the plan document', async () => {
    const interview = await call('interviews.start', { clientId: sianId, templateId: 'grow', heldOn: '2026-11-23' });
    await call('interviews.updateDetails', { id: interview.id, details: { ...details, followUpOn: '2027-02-10' } });
    expect((await call('clients.get', { id: sianId })).reviewDueOn).toBe('2027-02-10');
    const due = await call('clients.list', {
      filter: { isReviewDue: true },
      sort: 'reviewDue',
      offset: 0,
      limit: 10,
      on: '2027-02-10',
    });
    expect(due.rows.map((row) => [row.forename, row.reviewDueOn])).toEqual([['Siân', '2027-02-10']]);

    const plan = await call('plans.create', {
      clientId: sianId,
      sectionSet: 'now-want-how',
      fromInterviewId: interview.id,
    });
    const exported = async () =>
      (
        await readDocx(
          Buffer.from(
            (await call('plans.export', { planId: plan.id, variant: { isEasyRead: false } })).dataBase64,
            'base64',
          ),
        )
      ).text;
    expect(await exported()).toContain('We will look at this plan again on 10 February 2027.');

    // Changed by hand on the client: the plan follows the client, not the interview.
    await call('followUps.setReviewDue', { clientId: sianId, reviewDueOn: '2027-03-03' });
    expect(await exported()).toContain('We will look at this plan again on 3 March 2027.');
    await call('followUps.setReviewDue', { clientId: sianId, reviewDueOn: null });
    expect((await call('clients.get', { id: sianId })).reviewDueOn).toBeNull();
    expect(await exported()).toContain('We will agree when to look at this plan again.');
  });

  it('is cleared with the interview’s follow-up date only when it was that date', async () => {
    const interview = await call('interviews.start', { clientId: sianId, templateId: 'grow', heldOn: '2026-11-23' });
    await call('interviews.updateDetails', { id: interview.id, details: { ...details, followUpOn: '2027-02-10' } });
    await call('interviews.updateDetails', { id: interview.id, details: { ...details, followUpOn: null } });
    expect((await call('clients.get', { id: sianId })).reviewDueOn).toBeNull();

    await call('interviews.updateDetails', { id: interview.id, details: { ...details, followUpOn: '2027-02-10' } });
    await call('followUps.setReviewDue', { clientId: sianId, reviewDueOn: '2027-01-05' });
    // Saving other details leaves the date set by hand alone; so does clearing the interview's own date.
    await call('interviews.updateDetails', {
      id: interview.id,
      details: { ...details, place: 'Room 4', followUpOn: '2027-02-10' },
    });
    expect((await call('clients.get', { id: sianId })).reviewDueOn).toBe('2027-01-05');
    await call('interviews.updateDetails', { id: interview.id, details: { ...details, followUpOn: null } });
    expect((await call('clients.get', { id: sianId })).reviewDueOn).toBe('2027-01-05');
  });

  it('lists reviews overdue or due by Sunday on the home page, and nothing later', async () => {
    // Wednesday 25 November 2026: the week ends on Sunday 29 November.
    await call('followUps.setReviewDue', { clientId: sianId, reviewDueOn: '2026-11-20' });
    await call('followUps.setReviewDue', { clientId: tomId, reviewDueOn: '2026-11-29' });
    const thisWeek = await call('followUps.list', { on: '2026-11-25' });
    expect(thisWeek.weekEndsOn).toBe('2026-11-29');
    expect(thisWeek.reviews.map((review) => [review.clientName, review.reviewDueOn, review.isOverdue])).toEqual([
      ['Siân O’Neill', '2026-11-20', true],
      ['Tom Brown', '2026-11-29', false],
    ]);
    await call('followUps.setReviewDue', { clientId: tomId, reviewDueOn: '2026-11-30' });
    expect((await call('followUps.list', { on: '2026-11-25' })).reviews.map((review) => review.clientName)).toEqual([
      'Siân O’Neill',
    ]);
    expect((await call('followUps.list', { on: '2026-11-25' })).reviewsTotal).toBe(1);
  });

  it('refuses an unknown client and a date that is not a date', async () => {
    expect(
      await waymark.dispatch('followUps.setReviewDue', { clientId: 'nobody', reviewDueOn: '2027-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(
      await waymark.dispatch('followUps.setReviewDue', { clientId: sianId, reviewDueOn: '10/02/2027' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the adviser’s to-do list', () => {
  it('lists the adviser’s actions from each client’s current plan, with Done and Snooze kept across versions', async () => {
    const plan = await call('plans.create', { clientId: sianId, sectionSet: 'now-want-how' });
    const content = {
      ...plan.draft,
      actions: [
        adviserAction('email', 'I will email your tutor', '2026-12-04'),
        adviserAction('call', 'I will ring the college', null),
        { ...adviserAction('visit', 'Visit the open day', '2026-12-01'), owner: { kind: 'client' as const, name: '' } },
      ],
    };
    await call('plans.saveDraft', { planId: plan.id, content });
    const texts = async (on: string) => (await call('followUps.list', { on })).actions.map((action) => action.text);

    // Before the first version, the draft is the plan.
    expect(await texts('2026-11-25')).toEqual(['I will email your tutor', 'I will ring the college']);
    await call('plans.finalise', { planId: plan.id });

    await call('followUps.markDone', { planId: plan.id, actionId: 'email', on: '2026-11-25' });
    expect(await texts('2026-11-25')).toEqual(['I will ring the college']);
    expect(
      await waymark.dispatch('followUps.snooze', {
        planId: plan.id,
        actionId: 'call',
        until: '2026-11-25',
        on: '2026-11-25',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Choose a day after today to put this off until.' },
    });
    await call('followUps.snooze', { planId: plan.id, actionId: 'call', until: '2026-12-02', on: '2026-11-25' });
    expect(await texts('2026-11-25')).toEqual([]);
    expect(await texts('2026-12-02')).toEqual(['I will ring the college']);

    // A draft of the next version does not change the list: the finalised version is the plan until the next one.
    await call('plans.saveDraft', {
      planId: plan.id,
      content: {
        ...content,
        actions: [...content.actions, adviserAction('new', 'I will send the apprenticeship link', null)],
      },
    });
    expect(await texts('2026-12-02')).toEqual(['I will ring the college']);
    await call('plans.finalise', { planId: plan.id });
    expect(await texts('2026-12-02')).toEqual(['I will ring the college', 'I will send the apprenticeship link']);

    await call('followUps.reopen', { planId: plan.id, actionId: 'email' });
    const reopened = await call('followUps.list', { on: '2026-12-05' });
    expect(reopened.actions.map((action) => [action.text, action.clientName, action.isOverdue])).toEqual([
      ['I will email your tutor', 'Siân O’Neill', true],
      ['I will ring the college', 'Siân O’Neill', false],
      ['I will send the apprenticeship link', 'Siân O’Neill', false],
    ]);
  });

  it('leaves out actions marked done or dropped in the plan, and refuses actions that are not the adviser’s', async () => {
    const plan = await call('plans.create', { clientId: tomId, sectionSet: 'now-want-how' });
    await call('plans.saveDraft', {
      planId: plan.id,
      content: {
        ...plan.draft,
        actions: [
          { ...adviserAction('done', 'I will call Mum', null), status: 'done' },
          { ...adviserAction('client', 'Visit the library', null), owner: { kind: 'client', name: '' } },
        ],
      },
    });
    expect((await call('followUps.list', { on: '2026-11-25' })).actions).toEqual([]);
    expect(await waymark.dispatch('followUps.markDone', { planId: plan.id, actionId: 'client' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await waymark.dispatch('followUps.markDone', { planId: 'no-plan', actionId: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('lets a client with done or snoozed actions be erased', async () => {
    const plan = await call('plans.create', { clientId: tomId, sectionSet: 'now-want-how' });
    await call('plans.saveDraft', {
      planId: plan.id,
      content: { ...plan.draft, actions: [adviserAction('a', 'I will call the college', null)] },
    });
    await call('followUps.markDone', { planId: plan.id, actionId: 'a' });
    expect(
      await waymark.dispatch('erasure.eraseClient', { clientId: tomId, reason: 'Asked to be forgotten' }),
    ).toMatchObject({ ok: true });
    expect((await call('followUps.list', { on: '2026-11-25' })).actions).toEqual([]);
  });
});

describe('a plan made from an interview', () => {
  it('starts from the interview’s stage notes, each under the section it fits, and its agreed actions', async () => {
    const interview = await call('interviews.start', { clientId: sianId, templateId: 'grow', heldOn: '2026-11-23' });
    const notes = [
      'Wants to work with animals.',
      'Year 11, predicted 5s in science.',
      'College course or an apprenticeship.',
      'Open day first, then apply.',
    ];
    for (const [stageIndex, text] of notes.entries())
      await call('interviews.saveNotes', { interviewId: interview.id, stageIndex, text });
    await call('interviews.addAction', {
      interviewId: interview.id,
      text: 'I will email your tutor',
      owner: 'me',
      dueOn: '2026-12-04',
    });

    const plan = await call('plans.create', {
      clientId: sianId,
      sectionSet: 'now-want-how',
      fromInterviewId: interview.id,
    });
    expect(plan.draft.sections.map((section) => [section.heading, section.body])).toEqual([
      ['Where you are now', 'Year 11, predicted 5s in science.'],
      ['Where you want to be', 'Wants to work with animals.\n\nCollege course or an apprenticeship.'],
      ['How you will get there', 'Open day first, then apply.'],
    ]);
    expect(plan.draft.actions.map((action) => [action.text, action.owner.kind])).toEqual([
      ['I will email your tutor', 'adviser'],
    ]);
    expect(plan.versions).toEqual([]);

    const blank = await call('plans.create', { clientId: tomId, sectionSet: 'now-want-how' });
    expect(blank.draft.sections.map((section) => section.body)).toEqual(['', '', '']);
  });
});

describe('the clock follow-ups are given', () => {
  it('dates a review change by the frozen clock, and takes today from it when putting an action off', async () => {
    const made = await makeVaultWithRoll(
      'Surname,Forename,DOB\nNowak,Zofia,04/05/2009\n',
      new Date('2026-11-23T10:00:00Z'),
    );
    try {
      const clientId = made.clientIdOf('Nowak');
      const frozen = fixedContext({ now: '2027-01-05T14:30:00Z' });
      setReviewDue(made.open, { clientId, reviewDueOn: '2027-02-01' }, frozen);
      expect(
        made.open.sqlite.prepare('SELECT updated_at AS updatedAt FROM clients WHERE id = ?').get(clientId),
      ).toEqual({
        updatedAt: '2027-01-05T14:30:00.000Z',
      });
      // 5 January is today by the frozen clock, so it is not a day to put an action off until.
      expect(() =>
        snoozeAction(made.open, { planId: 'any-plan', actionId: 'any-action', until: '2027-01-05' }, frozen),
      ).toThrow('Choose a day after today to put this off until.');
    } finally {
      made.vault.lock();
      removeDirectory(made.vault.files.directory);
    }
  });
});
