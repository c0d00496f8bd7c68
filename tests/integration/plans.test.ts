// Action plans against a real vault: versions and review, and the DOCX the
// client takes away, opened and read as Word would read it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanAction, PlanContent } from '../../shared/action-plans';
import { contract } from '../../shared/contract';
import { addAction, previousActions, startInterview } from '../../main/services/interviews';
import {
  addPlanImage,
  batchStatus,
  cancelBatch,
  createPlan,
  exportPlan,
  finalisePlan,
  getPlan,
  listVersions,
  renderSharedCopy,
  saveDraft,
  startPlanBatch,
  startReview,
} from '../../main/services/plans';
import { importRoll } from '../../main/services/roll-import';
import { updateSettings } from '../../main/services/settings';
import { auditEvents } from '../../main/db/schema';
import type { OpenVault, Vault } from '../../main/vault';
import { readDocx } from '../support/docx';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;
let organisationId: string;

beforeEach(async () => {
  vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  open = vault.database();
  const report = importRoll(
    open,
    {
      organisationName: 'Northfield Academy',
      csv: 'Surname,Forename,DOB,Year\nWiśniewski,Łukasz,01/09/2009,11\nحسن,مريم,31/12/2010,10\n',
      isDryRun: false,
    },
    contextAt(now),
  );
  organisationId = report.organisationId as string;
  clientId = (open.sqlite.prepare(`SELECT id FROM clients WHERE surname = 'Wiśniewski'`).get() as { id: string }).id;
  updateSettings(open.db, { adviserName: 'Siân Evans', adviserContact: 'sian@example.org' });
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const action = (id: string, text: string, overrides: Partial<PlanAction> = {}): PlanAction => ({
  id,
  text,
  owner: { kind: 'client', name: '' },
  dueOn: null,
  status: 'to-do',
  notes: '',
  links: [],
  isSensitive: false,
  reviewComment: '',
  ...overrides,
});

function fullContent(planContent: PlanContent): PlanContent {
  return {
    ...planContent,
    goal: 'You want to become a paramedic.',
    sections: [
      { ...planContent.sections[0]!, body: 'You are in Year 11 and enjoy biology.', isSensitive: false },
      { ...planContent.sections[1]!, body: 'You would like to study health and social care.', isSensitive: false },
      { ...planContent.sections[2]!, body: 'Your worries at home are affecting your sleep.', isSensitive: true },
    ],
    actions: [
      action('a1', 'Visit the college open day', {
        dueOn: '2027-03-18',
        links: [{ title: 'Westbridge open days', url: 'https://westbridge.example.ac.uk/open-days' }],
      }),
      action('a2', 'Speak to your tutor this week', {
        owner: { kind: 'adviser', name: 'Siân Evans' },
        dueOn: '2026-11-30',
      }),
      action('a3', 'Ask the school nurse about support', {
        owner: { kind: 'supporter', name: 'Mum' },
        isSensitive: true,
      }),
    ],
    resources: [{ title: 'NHS careers: paramedic', url: 'https://www.healthcareers.nhs.uk/paramedic' }],
  };
}

describe('plans, versions and review', () => {
  it('takes the actions agreed in the interview, finalises immutable versions, and reviews them into version 2', () => {
    const interview = startInterview(open, { clientId, templateId: 'grow', heldOn: '2026-11-23' }, contextAt(now));
    addAction(
      open,
      interview.id,
      { text: 'Visit the college open day', owner: 'Client', dueOn: '2027-03-18' },
      contextAt(now),
    );
    addAction(open, interview.id, { text: 'Email the course leader', owner: 'Me', dueOn: null }, contextAt(now));
    addAction(
      open,
      interview.id,
      { text: 'Go with you to the open evening', owner: 'Mum', dueOn: null },
      contextAt(now),
    );

    const plan = createPlan(
      open,
      { clientId, sectionSet: 'now-want-how', fromInterviewId: interview.id },
      contextAt(now),
    );
    expect(plan.draft.sections.map((section) => section.heading)).toEqual([
      'Where you are now',
      'Where you want to be',
      'How you will get there',
    ]);
    expect(plan.draft.actions.map((item) => [item.text, item.owner.kind, item.owner.name])).toEqual([
      ['Visit the college open day', 'client', ''],
      ['Email the course leader', 'adviser', ''],
      ['Go with you to the open evening', 'supporter', 'Mum'],
    ]);
    expect(plan.hints.some((hint) => hint.message === 'No date: fine if deliberate.')).toBe(true);

    const first = finalisePlan(open, { planId: plan.id, interviewId: interview.id }, contextAt(now));
    // At the next interview, the plan's actions (as finalised) come first for review.
    expect(previousActions(open, clientId).map((item) => [item.text, item.owner])).toEqual([
      ['Visit the college open day', 'You'],
      ['Email the course leader', 'Your adviser'],
      ['Go with you to the open evening', 'Mum'],
    ]);
    expect(first.versions.map((version) => version.number)).toEqual([1]);
    expect(() => finalisePlan(open, { planId: plan.id }, contextAt(now))).toThrow(
      /Nothing has changed since version 1/,
    );
    expect(() => open.sqlite.prepare('UPDATE plan_versions SET content = ?').run('{}')).toThrow(/cannot be changed/);

    const review = startReview(open, plan.id, contextAt(new Date('2027-01-10T10:00:00Z')));
    const reviewed = review.draft.actions.map((item, index) => ({
      ...item,
      status: (['done', 'changed', 'dropped'] as const)[index] ?? 'done',
      reviewComment: `Outcome ${index + 1}`,
    }));
    saveDraft(
      open,
      { planId: plan.id, content: { ...review.draft, actions: reviewed } },
      contextAt(new Date('2027-01-10T10:00:00Z')),
    );
    finalisePlan(open, { planId: plan.id }, contextAt(new Date('2027-01-10T10:05:00Z')));

    const versions = listVersions(open, plan.id);
    expect(versions.map((version) => version.number)).toEqual([1, 2]);
    expect(versions[0]?.content.actions.every((item) => item.status === 'to-do')).toBe(true);
    expect(versions[1]?.content.actions.map((item) => [item.id, item.status, item.reviewComment])).toEqual(
      versions[0]?.content.actions.map((item, index) => [
        item.id,
        (['done', 'changed', 'dropped'] as const)[index],
        `Outcome ${index + 1}`,
      ]),
    );
  });

  it('saves whatever the hints say, and refuses links that are not web addresses', () => {
    const plan = createPlan(open, { clientId, sectionSet: 'custom' }, contextAt(now));
    const vague = { ...plan.draft, actions: ['a', 'b', 'c', 'd', 'e'].map((id) => action(id, 'Think about options')) };
    expect(saveDraft(open, { planId: plan.id, content: vague }, contextAt(now)).hints.length).toBeGreaterThan(5);
    const input = { planId: plan.id, content: { ...vague, resources: [{ title: 'Bad', url: 'javascript:alert(1)' }] } };
    const parsed = contract['plans.saveDraft'].input.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Links must be web addresses starting with http:// or https://.');
  });
});

describe('the DOCX the client keeps', () => {
  async function exportedPlan(variant = { isSharedCopy: false, isEasyRead: false }) {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    saveDraft(open, { planId: plan.id, content: fullContent(plan.draft) }, contextAt(now));
    finalisePlan(open, { planId: plan.id }, contextAt(now));
    const file = variant.isSharedCopy
      ? await renderSharedCopy(open, plan.id, variant, 1, contextAt(now))
      : await exportPlan(open, { planId: plan.id, variant }, contextAt(now));
    return { plan, file, docx: await readDocx(file.bytes) };
  }

  it('holds the client, every section, action, owner, date and working link, with real heading styles', async () => {
    const { docx, file } = await exportedPlan();
    expect(file.fileName).toBe('Action plan - Łukasz Wiśniewski - 2026-11-23.docx');
    expect(docx.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Your career action plan');
    expect(docx.text).toContain('Łukasz Wiśniewski');
    expect(docx.text).toContain('23 November 2026');
    expect(docx.text).toContain('Siân Evans, sian@example.org');
    const headings = docx.paragraphs
      .filter((paragraph) => paragraph.style === 'Heading1')
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual([
      'Your goal',
      'Where you are now',
      'Where you want to be',
      'How you will get there',
      'Your actions',
      'Useful links',
    ]);
    for (const text of [
      'You want to become a paramedic.',
      'You are in Year 11 and enjoy biology.',
      'Your worries at home are affecting your sleep.',
      'Visit the college open day',
      'Speak to your tutor this week',
      'Ask the school nurse about support',
      'Siân Evans (your adviser)',
      'Mum',
      '18 March 2027',
      '30 November 2026',
      'No date set',
    ]) {
      expect(docx.text).toContain(text);
    }
    expect(docx.documentXml).toContain('<w:tblHeader/>');
    expect(docx.hyperlinks).toEqual([
      { text: 'Westbridge open days', url: 'https://westbridge.example.ac.uk/open-days' },
      { text: 'NHS careers: paramedic', url: 'https://www.healthcareers.nhs.uk/paramedic' },
    ]);
    expect(docx.footer).toContain('This plan belongs to you.');
    expect(docx.documentXml).toContain('w:w="11906"');
  });

  it('leaves sensitive parts out of the shared copy', async () => {
    const { docx, file } = await exportedPlan({ isSharedCopy: true, isEasyRead: false });
    expect(file.fileName).toContain('(shared copy)');
    expect(docx.text).not.toContain('Your worries at home');
    expect(docx.text).not.toContain('school nurse');
    expect(docx.text).toContain('Visit the college open day');
    expect(docx.footer).toContain('This is a shared copy: some parts were left out at your request.');
  });

  it('says parts were left out of a shared copy only when some were', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const content = fullContent(plan.draft);
    saveDraft(
      open,
      {
        planId: plan.id,
        content: {
          ...content,
          sections: content.sections.map((section) => ({ ...section, isSensitive: false })),
          actions: content.actions.map((item) => ({ ...item, isSensitive: false })),
        },
      },
      contextAt(now),
    );
    finalisePlan(open, { planId: plan.id }, contextAt(now));
    const docx = await readDocx(
      (await renderSharedCopy(open, plan.id, { isEasyRead: false }, 1, contextAt(now))).bytes,
    );
    expect(docx.footer).toContain('This is a shared copy.');
    expect(docx.footer).not.toContain('left out');
  });

  it('lays out the easy-read variant with larger type, one block per action and no actions table', async () => {
    const { docx } = await exportedPlan({ isSharedCopy: false, isEasyRead: true });
    expect(docx.paragraphs.find((paragraph) => paragraph.style === 'Title')?.text).toBe('Your career plan');
    expect(docx.documentXml).not.toContain('<w:tblHeader/>');
    expect(
      docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading2').map((paragraph) => paragraph.text)[0],
    ).toBe('1. Visit the college open day');
  });

  it('exports a plan with no sections or actions as a sensible document, in any script', async () => {
    const otherId = (open.sqlite.prepare(`SELECT id FROM clients WHERE surname = 'حسن'`).get() as { id: string }).id;
    const plan = createPlan(open, { clientId: otherId, sectionSet: 'custom' }, contextAt(now));
    saveDraft(open, { planId: plan.id, content: { ...plan.draft, sections: [] } }, contextAt(now));
    const docx = await readDocx(
      (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: false } }, contextAt(now))).bytes,
    );
    expect(docx.text).toContain('مريم حسن');
    expect(docx.text).toContain('No actions were agreed this time.');
  });

  it('exports a very long plan (50 actions) completely', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const many = Array.from({ length: 50 }, (_, index) =>
      action(`a${index}`, `Step ${index + 1}: ${'write to the course leader and ask about funding. '.repeat(4)}`, {
        dueOn: '2027-01-01',
      }),
    );
    saveDraft(
      open,
      {
        planId: plan.id,
        content: {
          ...plan.draft,
          sections: plan.draft.sections.map((section) => ({
            ...section,
            body: 'A long paragraph about your options.\n'.repeat(60),
          })),
          actions: many,
        },
      },
      contextAt(now),
    );
    const docx = await readDocx(
      (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: false } }, contextAt(now))).bytes,
    );
    expect(docx.text).toContain('Step 1:');
    expect(docx.text).toContain('Step 50:');
    expect((docx.documentXml.match(/<w:tr>/g) ?? []).length).toBe(51);
  });

  it('embeds pictures and records every export in the audit log', async () => {
    const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    addPlanImage(
      open,
      { planId: plan.id, fileName: 'sticky notes.png', dataBase64: png.toString('base64') },
      contextAt(now),
    );
    expect(() =>
      addPlanImage(
        open,
        { planId: plan.id, fileName: 'notes.txt', dataBase64: Buffer.from('hello').toString('base64') },
        contextAt(now),
      ),
    ).toThrow(/PNG, JPEG or GIF/);
    const docx = await readDocx(
      (await exportPlan(open, { planId: plan.id, variant: { isEasyRead: true } }, contextAt(now))).bytes,
    );
    expect(
      docx.pictures.filter((picture) => picture.description === 'Picture from the session: sticky notes'),
    ).toHaveLength(1);
    expect(docx.text).toContain('sticky notes');
    const audit = open.db
      .select()
      .from(auditEvents)
      .all()
      .filter((event) => event.action === 'plan.exported');
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]?.detail ?? '{}')).toEqual({
      planId: plan.id,
      version: 'draft',
      easyRead: true,
      sharedCopy: false,
      language: 'en',
      dyslexiaFriendly: false,
    });
    expect(audit[0]?.detail).not.toContain('Łukasz');
    expect(getPlan(open, plan.id).images).toHaveLength(1);
  });
});

describe('batch export', () => {
  it('writes every plan for the organisation into the folder, and a cancel leaves no half-written file', async () => {
    for (const row of open.sqlite.prepare('SELECT id FROM clients').all() as { id: string }[]) {
      const plan = createPlan(open, { clientId: row.id, sectionSet: 'now-want-how' }, contextAt(now));
      finalisePlan(open, { planId: plan.id }, contextAt(now));
    }
    const folder = join(makeTempDirectory('waymark-batch-'), 'plans');
    const job = startPlanBatch(open, { organisationId, folder, variant: { isEasyRead: false } });
    expect(job.total).toBe(2);
    let status = batchStatus(job.id);
    while (status.state === 'running') {
      await new Promise((resolveWait) => setTimeout(resolveWait, 20));
      status = batchStatus(job.id);
    }
    expect(status).toMatchObject({ state: 'finished', done: 2 });
    expect(readdirSync(folder).sort()).toEqual([
      'Action plan - Łukasz Wiśniewski - 2026-11-23.docx',
      'Action plan - مريم حسن - 2026-11-23.docx',
    ]);

    const cancelledFolder = join(folder, 'cancelled');
    const cancelled = startPlanBatch(open, { organisationId, folder: cancelledFolder, variant: { isEasyRead: false } });
    cancelBatch(cancelled.id);
    while (batchStatus(cancelled.id).state === 'running')
      await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    expect(batchStatus(cancelled.id).state).toBe('cancelled');
    expect(
      existsSync(cancelledFolder) ? readdirSync(cancelledFolder).filter((name) => name.endsWith('.partial')) : [],
    ).toEqual([]);
    removeDirectory(join(folder, '..'));
  });
});

describe('the clock and ids a plan is given', () => {
  it('gives the sections and then the plan the ids handed out, and dates the draft and first version by the frozen clock', () => {
    const ids = ['91a00000-0000-4000-8000-000000000001', '91a00000-0000-4000-8000-000000000002'];
    const sections = ['5ec70000-0000-4000-8000-000000000001', '5ec70000-0000-4000-8000-000000000002'];
    const plan = createPlan(
      open,
      { clientId, sectionSet: 'now-want-how' },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: [...sections, '5ec70000-0000-4000-8000-000000000003', ...ids] }),
    );
    // Now, want, how: three sections, each with its id, made before the plan's own.
    expect(plan.draft.sections.map((section) => section.id)).toEqual([
      ...sections,
      '5ec70000-0000-4000-8000-000000000003',
    ]);
    expect(plan).toMatchObject({ id: ids[0], updatedAt: '2027-01-05T14:30:00.000Z' });
    const finalised = finalisePlan(open, { planId: plan.id }, fixedContext({ now: '2027-01-06T09:00:00Z' }));
    expect(finalised.versions.map((version) => version.finalisedAt)).toEqual(['2027-01-06T09:00:00.000Z']);
  });
});
