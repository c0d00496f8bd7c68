// Sharing a copy of an action plan: refused in plain words without consent for
// the purpose (nothing made, nothing logged), and when consent is in force a
// shared-copy document without the sensitive parts, logged with the consent.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../main/db/schema';
import { AppError } from '../../main/errors';
import { listDisclosures } from '../../main/services/disclosures';
import { recordConsent, withdrawConsent, type ConsentInput } from '../../main/services/consent';
import { batchStatus, createPlan, finalisePlan, saveDraft } from '../../main/services/plans';
import { sharePlanCopy, startSharedCopyBatch } from '../../main/services/sharing';
import { contract } from '../../shared/contract';
import type { OpenVault, Vault } from '../../main/vault';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const noAgreements = {
  shareWithTutor: false,
  shareWithParent: false,
  uploadToSchoolSystem: false,
  includeInDestinationReturns: false,
};
const consentTo = (agreements: Partial<ConsentInput['agreements']>): ConsentInput => ({
  hasExplainedConfidentiality: true,
  agreements: { ...noAgreements, ...agreements },
  givenBy: 'client',
  givenOn: '2026-11-20',
  method: 'written',
});
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
  const plan = createPlan(open, { clientId, sectionSet: 'now-want-how' }, contextAt(now));
  const [first, ...rest] = plan.draft.sections;
  if (!first) throw new Error('The plan has no sections.');
  saveDraft(
    open,
    {
      planId: plan.id,
      content: {
        ...plan.draft,
        goal: 'You want to train as a paramedic.',
        sections: [{ ...first, body: 'Worried about the family housing situation.', isSensitive: true }, ...rest],
      },
    },
    contextAt(now),
  );
  finalisePlan(open, { planId: plan.id }, contextAt(now));
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const share = (purpose: 'shareWithTutor' | 'shareWithParent' | 'uploadToSchoolSystem') =>
  sharePlanCopy(
    open,
    { clientId, purpose, recipient: 'Ms Patel, form tutor', on: '2026-11-23', isEasyRead: false },
    contextAt(now),
  );

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error;
}

function expectNothingShared(): void {
  expect(listDisclosures(open, clientId)).toEqual([]);
  expect(
    open.db
      .select()
      .from(auditEvents)
      .all()
      .filter((event) => event.action === 'plan.exported'),
  ).toEqual([]);
}

/** The batch's status once it has stopped running. */
async function batchWhenEnded(id: string): Promise<ReturnType<typeof batchStatus>> {
  let status = batchStatus(id);
  while (status.state === 'running') {
    await new Promise((resolveWait) => setTimeout(resolveWait, 20));
    status = batchStatus(id);
  }
  return status;
}
describe('sharing a copy of the action plan', () => {
  it('refuses when no consent is on record, and shares nothing', async () => {
    const error = await refusal(share('shareWithTutor'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe(
      "There is no consent on record to share plans with their tutor. Record the client's consent first; nothing was shared.",
    );
    expectNothingShared();
  });

  it('refuses a purpose the client did not agree to', async () => {
    recordConsent(open, { clientId, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
    const error = await refusal(share('shareWithParent'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('The client has not agreed to share plans with a parent or carer. Nothing was shared.');
    expectNothingShared();
  });

  it('refuses once consent has been withdrawn', async () => {
    recordConsent(open, { clientId, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
    withdrawConsent(open, { clientId, withdrawnOn: '2026-11-22', note: 'Asked us to stop sharing.' });
    const error = await refusal(share('shareWithTutor'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/^Consent was withdrawn on .*Nothing was shared\.$/);
    expectNothingShared();
  });

  it('with consent, gives the shared copy without the sensitive parts and logs the disclosure with the consent', async () => {
    const consent = recordConsent(open, { clientId, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
    const shared = await share('shareWithTutor');
    expect(shared.fileName).toBe('Action plan - Zofia Nowak - 2026-11-23 (shared copy).docx');
    const documentXml = await (
      await JSZip.loadAsync(Buffer.from(shared.dataBase64, 'base64'))
    )
      .file('word/document.xml')!
      .async('string');
    expect(documentXml).toContain('You want to train as a paramedic.');
    expect(documentXml).not.toContain('housing');
    const [disclosure, ...others] = listDisclosures(open, clientId);
    expect(others).toEqual([]);
    expect(disclosure).toMatchObject({
      recipient: 'Ms Patel, form tutor',
      disclosedOn: '2026-11-23',
      lawfulBasis: 'consent',
      consentId: consent.id,
    });
    expect(disclosure?.what).toContain('Action plan version 1');
    expect(disclosure?.what).toContain('shared copy');
  });

  it('will not share a plan that has never been finalised', async () => {
    const made = await makeVaultWithRoll('Surname,Forename,DOB\nJones,Cerys,02/02/2010\n', now);
    try {
      const cerys = made.clientIdOf('Jones');
      createPlan(made.open, { clientId: cerys, sectionSet: 'now-want-how' }, contextAt(now));
      recordConsent(made.open, { clientId: cerys, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
      const error = await refusal(
        sharePlanCopy(
          made.open,
          { clientId: cerys, purpose: 'shareWithTutor', recipient: 'Mr Hughes', on: '2026-11-23', isEasyRead: false },
          contextAt(now),
        ),
      );
      expect(error.message).toContain('Finalise the action plan before sharing it');
      expect(listDisclosures(made.open, cerys)).toEqual([]);
    } finally {
      made.vault.lock();
      removeDirectory(made.vault.files.directory);
    }
  });
});

describe('the clock and ids sharing is given', () => {
  const disclosureTimes = () =>
    open.sqlite.prepare('SELECT created_at AS createdAt FROM disclosures WHERE client_id = ?').all(clientId);
  const exportTimes = () =>
    open.sqlite.prepare(`SELECT occurred_at AS occurredAt FROM audit_events WHERE action = 'plan.exported'`).all();

  it('logs the copy and its disclosure at the time it is given', async () => {
    recordConsent(open, { clientId, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
    const shared = await sharePlanCopy(
      open,
      { clientId, purpose: 'shareWithTutor', recipient: 'Ms Patel, form tutor', on: '2026-11-23', isEasyRead: false },
      fixedContext({ now: '2027-01-05T14:30:00Z' }),
    );
    expect(shared.disclosure.recipient).toBe('Ms Patel, form tutor');
    expect(exportTimes()).toEqual([{ occurredAt: '2027-01-05T14:30:00.000Z' }]);
    expect(disclosureTimes()).toEqual([{ createdAt: '2027-01-05T14:30:00.000Z' }]);
  });

  it('gives a batch the job id it is given, and logs each copy at the time it is given', async () => {
    recordConsent(open, { clientId, consent: consentTo({ uploadToSchoolSystem: true }) }, contextAt(now));
    const organisationId = (open.sqlite.prepare('SELECT id FROM organisations').get() as { id: string }).id;
    const folder = join(makeTempDirectory('waymark-shared-batch-'), 'copies');
    try {
      const job = startSharedCopyBatch(
        open,
        {
          organisationId,
          folder,
          isEasyRead: false,
          purpose: 'uploadToSchoolSystem',
          recipient: 'Northfield Academy MIS',
          on: '2026-11-23',
        },
        fixedContext({ now: '2027-01-06T09:00:00Z', ids: ['5c000000-0000-4000-8000-000000000001'] }),
      );
      expect(job.id).toBe('5c000000-0000-4000-8000-000000000001');
      const status = await batchWhenEnded(job.id);
      expect(status).toMatchObject({ state: 'finished', done: 1 });
      expect(readdirSync(folder)).toEqual(['Action plan - Zofia Nowak - 2026-11-23 (shared copy).docx']);
      expect(exportTimes()).toEqual([{ occurredAt: '2027-01-06T09:00:00.000Z' }]);
      expect(disclosureTimes()).toEqual([{ createdAt: '2027-01-06T09:00:00.000Z' }]);
    } finally {
      removeDirectory(join(folder, '..'));
    }
  });
});

describe('shared copies in a batch', () => {
  it('includes only the clients whose consent covers the purpose, lists the others with the reason, and logs each copy written', async () => {
    const made = await makeVaultWithRoll(
      "Surname,Forename,DOB\nO'Neill,Siân,01/09/2010\nحسن,مريم,02/02/2010\nJones,Cerys,03/03/2010\nEvans,Rhys,04/04/2010\n",
      now,
    );
    try {
      const ids = {
        siân: made.clientIdOf("O'Neill"),
        maryam: made.clientIdOf('حسن'),
        cerys: made.clientIdOf('Jones'),
        rhys: made.clientIdOf('Evans'),
      };
      for (const id of Object.values(ids))
        finalisePlan(
          made.open,
          { planId: createPlan(made.open, { clientId: id, sectionSet: 'now-want-how' }, contextAt(now)).id },
          contextAt(now),
        );
      recordConsent(
        made.open,
        { clientId: ids.siân, consent: consentTo({ uploadToSchoolSystem: true }) },
        contextAt(now),
      );
      recordConsent(made.open, { clientId: ids.maryam, consent: consentTo({ shareWithTutor: true }) }, contextAt(now));
      recordConsent(
        made.open,
        { clientId: ids.rhys, consent: consentTo({ uploadToSchoolSystem: true }) },
        contextAt(now),
      );
      withdrawConsent(made.open, { clientId: ids.rhys, withdrawnOn: '2026-11-21', note: 'Changed their mind.' });
      const organisationId = (made.open.sqlite.prepare('SELECT id FROM organisations').get() as { id: string }).id;
      const folder = join(makeTempDirectory('waymark-shared-batch-'), 'copies');

      const job = startSharedCopyBatch(
        made.open,
        {
          organisationId,
          folder,
          isEasyRead: false,
          purpose: 'uploadToSchoolSystem',
          recipient: 'Northfield Academy MIS',
          on: '2026-11-23',
        },
        contextAt(now),
      );
      expect(job.total).toBe(1);
      expect(job.excluded).toEqual([
        { clientName: 'Rhys Evans', reason: 'Consent withdrawn on 21 November 2026' },
        { clientName: 'Cerys Jones', reason: "No consent on record to upload plans to the school's system" },
        { clientName: 'مريم حسن', reason: "Has not agreed to upload plans to the school's system" },
      ]);
      const status = await batchWhenEnded(job.id);
      expect(status).toMatchObject({ state: 'finished', done: 1 });
      expect(readdirSync(folder)).toEqual(["Action plan - Siân O'Neill - 2026-11-23 (shared copy).docx"]);
      expect(listDisclosures(made.open, ids.siân)).toEqual([
        expect.objectContaining({
          recipient: 'Northfield Academy MIS',
          lawfulBasis: 'consent',
          disclosedOn: '2026-11-23',
        }),
      ]);
      for (const id of [ids.maryam, ids.cerys, ids.rhys]) expect(listDisclosures(made.open, id)).toEqual([]);
      removeDirectory(join(folder, '..'));
    } finally {
      made.vault.lock();
      removeDirectory(made.vault.files.directory);
    }
  });
});

describe('no way round the consent check', () => {
  it('the plan export channel makes only the client’s own copy: a shared copy asked for there is refused as invalid', () => {
    const parsed = contract['plans.export'].input.safeParse({
      planId: 'any',
      variant: { isSharedCopy: true, isEasyRead: false },
    });
    expect(parsed.success).toBe(false);
    const batch = contract['plans.batchStart'].input.safeParse({
      organisationId: 'any',
      folder: '/tmp/x',
      variant: { isSharedCopy: true, isEasyRead: false },
    });
    expect(batch.success).toBe(false);
  });
});
