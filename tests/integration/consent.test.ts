// Consent is checked before anything is shared: missing, not given for the
// purpose, or withdrawn, each is refused with the reason in plain words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assertConsentFor, recordConsent, withdrawConsent } from '../../main/services/consent';
import { fixedContext } from '../../main/services/context';
import { aConsent } from '../support/factories';
import type { OpenVault, Vault } from '../../main/vault';
import { discardVault, makeVaultWithRoll } from '../support/vault-fixture';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll('Surname,Forename,DOB\nNowak,Zofia,04/05/2009\n', now);
  ({ vault, open } = made);
  clientId = made.clientIdOf('Nowak');
});
afterEach(() => discardVault(vault));

describe('consent', () => {
  it('refuses sharing when consent is missing, not given for that purpose, or withdrawn', () => {
    expect(() => assertConsentFor(open, clientId, 'shareWithTutor', '2026-11-23')).toThrow(
      /no consent on record to share plans with their tutor/,
    );
    aConsent(open, clientId, ['shareWithTutor'], { givenOn: '2026-11-23', method: 'verbal' }, now);
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

describe('the clock and ids consent is given', () => {
  it('gives a consent record the id handed out, and the frozen time', () => {
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
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['d0000000-0000-4000-8000-000000000001'] }),
    );
    expect(consent).toMatchObject({
      id: 'd0000000-0000-4000-8000-000000000001',
      createdAt: '2027-01-05T14:30:00.000Z',
    });
  });
});
