// Sharing a copy of an action plan: refused in plain words without consent for
// the purpose (nothing made, nothing logged), and when consent is in force a
// shared-copy document without the sensitive parts, logged with the consent.
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../main/db/schema';
import { AppError } from '../../main/errors';
import { listDisclosures, recordConsent, withdrawConsent, type ConsentInput } from '../../main/services/data-protection';
import { createPlan, finalisePlan, saveDraft } from '../../main/services/plans';
import { sharePlanCopy } from '../../main/services/sharing';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
const noAgreements = { shareWithTutor: false, shareWithParent: false, uploadToSchoolSystem: false, includeInDestinationReturns: false };
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
  const plan = createPlan(open, clientId, 'now-want-how', undefined, now);
  const [first, ...rest] = plan.draft.sections;
  if (!first) throw new Error('The plan has no sections.');
  saveDraft(
    open,
    plan.id,
    { ...plan.draft, goal: 'You want to train as a paramedic.', sections: [{ ...first, body: 'Worried about the family housing situation.', isSensitive: true }, ...rest] },
    now,
  );
  finalisePlan(open, plan.id, undefined, now);
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const share = (purpose: 'shareWithTutor' | 'shareWithParent' | 'uploadToSchoolSystem') =>
  sharePlanCopy(open, { clientId, purpose, recipient: 'Ms Patel, form tutor', on: '2026-11-23', isEasyRead: false }, now);

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
  expect(open.db.select().from(auditEvents).all().filter((event) => event.action === 'plan.exported')).toEqual([]);
}

describe('sharing a copy of the action plan', () => {
  it('refuses when no consent is on record, and shares nothing', async () => {
    const error = await refusal(share('shareWithTutor'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe("There is no consent on record to share plans with their tutor. Record the client's consent first; nothing was shared.");
    expectNothingShared();
  });

  it('refuses a purpose the client did not agree to', async () => {
    recordConsent(open, clientId, consentTo({ shareWithTutor: true }), now);
    const error = await refusal(share('shareWithParent'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toBe('The client has not agreed to share plans with a parent or carer. Nothing was shared.');
    expectNothingShared();
  });

  it('refuses once consent has been withdrawn', async () => {
    recordConsent(open, clientId, consentTo({ shareWithTutor: true }), now);
    withdrawConsent(open, clientId, '2026-11-22', 'Asked us to stop sharing.');
    const error = await refusal(share('shareWithTutor'));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/^Consent was withdrawn on .*Nothing was shared\.$/);
    expectNothingShared();
  });

  it('with consent, gives the shared copy without the sensitive parts and logs the disclosure with the consent', async () => {
    const consent = recordConsent(open, clientId, consentTo({ shareWithTutor: true }), now);
    const shared = await share('shareWithTutor');
    expect(shared.fileName).toBe('Action plan - Zofia Nowak - 2026-11-23 (shared copy).docx');
    const documentXml = await (await JSZip.loadAsync(Buffer.from(shared.dataBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(documentXml).toContain('You want to train as a paramedic.');
    expect(documentXml).not.toContain('housing');
    const [disclosure, ...others] = listDisclosures(open, clientId);
    expect(others).toEqual([]);
    expect(disclosure).toMatchObject({ recipient: 'Ms Patel, form tutor', disclosedOn: '2026-11-23', lawfulBasis: 'consent', consentId: consent.id });
    expect(disclosure?.what).toContain('Action plan version 1');
    expect(disclosure?.what).toContain('shared copy');
  });

  it('will not share a plan that has never been finalised', async () => {
    const made = await makeVaultWithRoll('Surname,Forename,DOB\nJones,Cerys,02/02/2010\n', now);
    try {
      const cerys = made.clientIdOf('Jones');
      createPlan(made.open, cerys, 'now-want-how', undefined, now);
      recordConsent(made.open, cerys, consentTo({ shareWithTutor: true }), now);
      const error = await refusal(sharePlanCopy(made.open, { clientId: cerys, purpose: 'shareWithTutor', recipient: 'Mr Hughes', on: '2026-11-23', isEasyRead: false }, now));
      expect(error.message).toContain('Finalise the action plan before sharing it');
      expect(listDisclosures(made.open, cerys)).toEqual([]);
    } finally {
      made.vault.lock();
      removeDirectory(made.vault.files.directory);
    }
  });
});
