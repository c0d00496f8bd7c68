// Safeguarding in a real encrypted vault: the organisation's lead and deputy
// are kept with it, a concern is recorded in the words given and shown with
// whom to report to, changed without a second copy, and erased with the client.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeguardingConcernInputSchema } from '../../shared/contract/safeguarding';
import { getClient } from '../../main/services/clients';
import { eraseClient } from '../../main/services/erasure';
import { getOrganisation, saveOrganisation } from '../../main/services/organisations';
import { concernsForClient, saveConcern } from '../../main/services/safeguarding';
import type { OpenVault, Vault } from '../../main/vault';
import { decryptedVaultContains, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;
let otherClientId: string;
let organisationId: string;

const leads = {
  lead: { name: "Siobhán O'Neill", phone: '0113 496 0000', email: 'dsl@northfield.example' },
  deputy: { name: 'مريم حسن', phone: '0113 496 0001', email: '' },
};

beforeEach(async () => {
  const made = await makeVaultWithRoll(
    'Surname,Forename,DOB\nO\'Neill,Siân,04/05/2009\n"Robert\'); DROP TABLE safeguarding_concerns;--",Bobby,02/02/2010\n',
    now,
  );
  ({ vault, open } = made);
  clientId = made.clientIdOf("O'Neill");
  otherClientId = made.clientIdOf("Robert'); DROP TABLE safeguarding_concerns;--");
  organisationId = getClient(open, clientId).organisationId;
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const saveLeads = () => {
  const organisation = getOrganisation(open, organisationId);
  return saveOrganisation(
    open,
    {
      id: organisationId,
      name: organisation.name,
      kind: organisation.kind,
      address: organisation.address,
      contacts: organisation.contacts,
      agreement: organisation.agreement,
      safeguarding: leads,
    },
    contextAt(now),
  );
};

describe('safeguarding', () => {
  it("keeps the organisation's lead and deputy, and leaves them be when a save does not mention them", () => {
    expect(getOrganisation(open, organisationId).safeguarding).toEqual({
      lead: { name: '', phone: '', email: '' },
      deputy: { name: '', phone: '', email: '' },
    });
    expect(saveLeads().safeguarding).toEqual(leads);
    // A roll import or a handover saves an organisation without its safeguarding people.
    saveOrganisation(
      open,
      {
        id: organisationId,
        name: 'Northfield Academy',
        kind: 'school',
        address: '1 High Street',
        contacts: [],
        agreement: null,
      },
      contextAt(now),
    );
    expect(getOrganisation(open, organisationId)).toMatchObject({ address: '1 High Street', safeguarding: leads });
  });

  it('records a concern in the words given and shows whom to report to', () => {
    saveLeads();
    const whatHappened = 'Siân said: "I don\'t want to go home tonight"; bruise on left wrist';
    saveConcern(
      open,
      { clientId, raisedOn: '2026-11-20', whatHappened, reportedTo: '', reportedAt: null, reference: '' },
      contextAt(now),
    );
    const found = concernsForClient(open, { clientId });
    expect(found.organisation).toMatchObject({ id: organisationId, name: 'Northfield Academy', leads });
    expect(found.concerns).toMatchObject([{ raisedOn: '2026-11-20', whatHappened, reportedTo: '', reportedAt: null }]);
    expect(concernsForClient(open, { clientId: otherClientId }).concerns).toEqual([]);
  });

  it('adds who it was reported to, and when, to the same record', () => {
    const later = new Date('2026-11-23T15:00:00Z');
    const first = saveConcern(
      open,
      {
        clientId,
        raisedOn: '2026-11-23',
        whatHappened: 'Disclosed worries at home',
        reportedTo: '',
        reportedAt: null,
        reference: '',
      },
      contextAt(now),
    );
    saveConcern(
      open,
      {
        id: first.id,
        clientId,
        raisedOn: '2026-11-23',
        whatHappened: 'Disclosed worries at home',
        reportedTo: "Siobhán O'Neill (DSL)",
        reportedAt: '2026-11-23T14:30',
        reference: 'SG/17',
      },
      contextAt(later),
    );
    expect(concernsForClient(open, { clientId }).concerns).toMatchObject([
      {
        id: first.id,
        reportedTo: "Siobhán O'Neill (DSL)",
        reportedAt: '2026-11-23T14:30',
        reference: 'SG/17',
        createdAt: now.toISOString(),
        updatedAt: later.toISOString(),
      },
    ]);
    expect(() =>
      saveConcern(
        open,
        {
          id: first.id,
          clientId: otherClientId,
          raisedOn: '2026-11-23',
          whatHappened: 'x',
          reportedTo: '',
          reportedAt: null,
          reference: '',
        },
        contextAt(later),
      ),
    ).toThrow(/not on this client’s record/);
  });

  it('turns away a concern with nothing written, or a report time that is not a time, in plain words', () => {
    const empty = safeguardingConcernInputSchema.safeParse({
      clientId,
      raisedOn: '2026-11-23',
      whatHappened: '  ',
      reportedTo: '',
      reportedAt: null,
      reference: '',
    });
    expect(empty.error?.issues[0]?.message).toMatch(/^Write down what was said or seen/);
    const badTime = safeguardingConcernInputSchema.safeParse({
      clientId,
      raisedOn: '2026-11-23',
      whatHappened: 'x',
      reportedTo: '',
      reportedAt: 'after lunch',
      reference: '',
    });
    expect(badTime.error?.issues[0]?.message).toMatch(/^Use a date such as/);
  });

  it('leaves no concern behind when the client is erased', () => {
    saveConcern(
      open,
      {
        clientId,
        raisedOn: '2026-11-20',
        whatHappened: 'Quokka-Disclosure Zyxw',
        reportedTo: 'DSL',
        reportedAt: '2026-11-20',
        reference: '',
      },
      contextAt(now),
    );
    saveConcern(
      open,
      {
        clientId: otherClientId,
        raisedOn: '2026-11-20',
        whatHappened: 'Stays with Bobby',
        reportedTo: 'DSL',
        reportedAt: '2026-11-20',
        reference: '',
      },
      contextAt(now),
    );
    eraseClient(open, clientId, 'Request under Article 17', now);
    expect(
      open.sqlite.prepare('SELECT count(*) AS total FROM safeguarding_concerns WHERE client_id = ?').get(clientId),
    ).toEqual({ total: 0 });
    expect(concernsForClient(open, { clientId: otherClientId }).concerns).toHaveLength(1);
    open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(decryptedVaultContains(vault.files.database, vault.dataKey(), 'Quokka-Disclosure Zyxw')).toBe(false);
  });
});

describe('the clock and ids a concern is given', () => {
  it('gives a new concern the id handed out and the frozen time, and an update the next', () => {
    const concern = saveConcern(
      open,
      {
        clientId,
        raisedOn: '2027-01-05',
        whatHappened: 'Said she is afraid to go home',
        reportedTo: '',
        reportedAt: null,
        reference: '',
      },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['5afe0000-0000-4000-8000-000000000001'] }),
    );
    expect(concern).toMatchObject({
      id: '5afe0000-0000-4000-8000-000000000001',
      createdAt: '2027-01-05T14:30:00.000Z',
      updatedAt: '2027-01-05T14:30:00.000Z',
    });
    const reported = saveConcern(
      open,
      {
        id: concern.id,
        clientId,
        raisedOn: '2027-01-05',
        whatHappened: 'Said she is afraid to go home',
        reportedTo: "Siobhán O'Neill",
        reportedAt: '2027-01-05T15:00',
        reference: 'DSL-17',
      },
      fixedContext({ now: '2027-01-05T15:10:00Z' }),
    );
    expect(reported).toMatchObject({ createdAt: '2027-01-05T14:30:00.000Z', updatedAt: '2027-01-05T15:10:00.000Z' });
  });
});
