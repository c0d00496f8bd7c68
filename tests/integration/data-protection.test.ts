// Consent is checked before sharing; the disclosure log cannot be edited or
// deleted; the request register tracks deadlines.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assertConsentFor,
  extendRequest,
  listDisclosures,
  logDisclosure,
  logRequest,
  openRequests,
  recordConsent,
  setRequestStatus,
  withdrawConsent,
} from '../../main/services/data-protection';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

describe('consent', () => {
  it('refuses sharing when consent is missing, not given for that purpose, or withdrawn', () => {
    expect(() => assertConsentFor(open, clientId, 'shareWithTutor', '2026-11-23')).toThrow(
      /no consent on record to share plans with their tutor/,
    );
    recordConsent(
      open,
      {
        clientId,
        consent: {
          hasExplainedConfidentiality: true,
          agreements: {
            shareWithTutor: true,
            shareWithParent: false,
            uploadToSchoolSystem: false,
            includeInDestinationReturns: false,
          },
          givenBy: 'client',
          givenOn: '2026-11-23',
          method: 'verbal',
        },
      },
      contextAt(now),
    );
    expect(assertConsentFor(open, clientId, 'shareWithTutor', '2026-11-23').givenBy).toBe('client');
    expect(() => assertConsentFor(open, clientId, 'shareWithParent', '2026-11-23')).toThrow(
      /has not agreed to share plans with a parent or carer/,
    );
    withdrawConsent(open, { clientId, withdrawnOn: '2026-12-01', note: 'Changed her mind' });
    expect(assertConsentFor(open, clientId, 'shareWithTutor', '2026-11-30').id).toBeDefined();
    expect(() => assertConsentFor(open, clientId, 'shareWithTutor', '2026-12-01')).toThrow(
      /withdrawn on 1 December 2026/,
    );
  });
});

describe('the disclosure log', () => {
  it('is append-only: the database refuses edits and deletes', () => {
    logDisclosure(
      open,
      {
        clientId,
        recipient: 'Tutor',
        what: 'Action plan (shared copy)',
        lawfulBasis: 'consent',
        disclosedOn: '2026-11-23',
      },
      contextAt(now),
    );
    expect(() => open.sqlite.prepare(`UPDATE disclosures SET recipient = 'Someone else'`).run()).toThrow(
      /cannot be edited/,
    );
    expect(() => open.sqlite.prepare('DELETE FROM disclosures').run()).toThrow(/cannot be deleted/);
    expect(listDisclosures(open, clientId)).toMatchObject([{ recipient: 'Tutor', what: 'Action plan (shared copy)' }]);
  });
});

describe('subject-access requests', () => {
  it('computes the deadline, allows an extension told within the first month, and leaves the register when completed', () => {
    const request = logRequest(
      open,
      {
        clientId,
        receivedOn: '2027-01-31',
        requesterName: 'Zofia Nowak',
        relationship: 'self',
        identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2027-01-31' },
      },
      contextAt(now),
    );
    expect(request.dueOn).toBe('2027-02-28');
    expect(() =>
      extendRequest(open, { id: request.id, reason: 'Many records across schools', toldOn: '2027-03-05' }),
    ).toThrow(/within the first month/);
    expect(
      extendRequest(open, { id: request.id, reason: 'Many records across schools', toldOn: '2027-02-10' }).dueOn,
    ).toBe('2027-04-30');
    expect(openRequests(open).map((open_) => open_.id)).toEqual([request.id]);
    setRequestStatus(open, { id: request.id, status: 'completed', on: '2027-03-01' });
    expect(openRequests(open)).toEqual([]);
  });
});

describe('the clock and ids data protection is given', () => {
  it('gives a consent record and a request the ids handed out, and the frozen time', () => {
    const frozen = fixedContext({
      now: '2027-01-05T14:30:00Z',
      ids: ['d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002'],
    });
    const consent = recordConsent(
      open,
      {
        clientId,
        consent: {
          hasExplainedConfidentiality: true,
          agreements: {
            shareWithTutor: true,
            shareWithParent: false,
            uploadToSchoolSystem: false,
            includeInDestinationReturns: false,
          },
          givenBy: 'client',
          givenOn: '2027-01-05',
          method: 'verbal',
        },
      },
      frozen,
    );
    expect(consent).toMatchObject({
      id: 'd0000000-0000-4000-8000-000000000001',
      createdAt: '2027-01-05T14:30:00.000Z',
    });
    const request = logRequest(
      open,
      { clientId, receivedOn: '2027-01-05', requesterName: 'Zofia Nowak', relationship: 'self' },
      frozen,
    );
    expect(request).toMatchObject({
      id: 'd0000000-0000-4000-8000-000000000002',
      createdAt: '2027-01-05T14:30:00.000Z',
    });
    logDisclosure(
      open,
      { clientId, recipient: 'Her tutor', what: 'Her action plan', lawfulBasis: 'consent', disclosedOn: '2027-01-05' },
      frozen,
    );
    expect(open.sqlite.prepare('SELECT created_at AS createdAt FROM disclosures').all()).toEqual([
      { createdAt: '2027-01-05T14:30:00.000Z' },
    ]);
  });
});
