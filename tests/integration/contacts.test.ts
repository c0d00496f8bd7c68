// A client's parents and carers in a real encrypted vault: added with the
// names families really have, changed, listed in order, removed; refused when
// a consent record names them; gone after the client is erased.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientContactInputSchema } from '../../shared/contract/contacts';
import { listContacts, removeContact, saveContact } from '../../main/services/contacts';
import { consentHistory, recordConsent } from '../../main/services/consent';
import { eraseClient } from '../../main/services/erasure';
import type { OpenVault, Vault } from '../../main/vault';
import { decryptedVaultContains, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-11-24T09:00:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;
let otherClientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll("Surname,Forename,DOB\nO'Neill,Siân,04/05/2009\nJones,Cerys,02/02/2010\n", now);
  ({ vault, open } = made);
  clientId = made.clientIdOf("O'Neill");
  otherClientId = made.clientIdOf('Jones');
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const mum = {
  name: "Róisín O'Neill",
  relationship: 'Mum',
  phone: '07700 900123',
  email: 'roisin@example.com',
  hasParentalResponsibility: true,
  contactPreferences: 'Text first; not by post',
};

describe("a client's contacts", () => {
  it('keeps names and words exactly as given, in the order added', () => {
    saveContact(open, { clientId, ...mum }, contextAt(now));
    saveContact(
      open,
      {
        clientId,
        name: 'مريم حسن',
        relationship: 'Foster carer',
        phone: '',
        email: '',
        hasParentalResponsibility: false,
        contactPreferences: '',
      },
      contextAt(later),
    );
    saveContact(
      open,
      {
        clientId,
        name: "Robert'); DROP TABLE client_contacts;--",
        relationship: 'Grandad',
        phone: '',
        email: '',
        hasParentalResponsibility: false,
        contactPreferences: '',
      },
      contextAt(later),
    );
    expect(
      listContacts(open, { clientId }).map((contact) => [
        contact.name,
        contact.relationship,
        contact.hasParentalResponsibility,
      ]),
    ).toEqual([
      ["Róisín O'Neill", 'Mum', true],
      ['مريم حسن', 'Foster carer', false],
      ["Robert'); DROP TABLE client_contacts;--", 'Grandad', false],
    ]);
    expect(listContacts(open, { clientId: otherClientId })).toEqual([]);
  });

  it('changes a contact in place and keeps when it was added', () => {
    const added = saveContact(open, { clientId, ...mum }, contextAt(now));
    const changed = saveContact(open, { clientId, id: added.id, ...mum, phone: '07700 900999' }, contextAt(later));
    expect(changed).toMatchObject({
      id: added.id,
      phone: '07700 900999',
      createdAt: now.toISOString(),
      updatedAt: later.toISOString(),
    });
    expect(listContacts(open, { clientId })).toHaveLength(1);
  });

  it("will not change or remove a contact through another client's record", () => {
    const added = saveContact(open, { clientId, ...mum }, contextAt(now));
    expect(() => saveContact(open, { clientId: otherClientId, id: added.id, ...mum }, contextAt(later))).toThrow(
      /not on this client’s record/,
    );
    expect(() => removeContact(open, { clientId: otherClientId, id: added.id })).toThrow(/not on this client’s record/);
    expect(listContacts(open, { clientId })[0]?.phone).toBe(mum.phone);
  });

  it('removes a contact, but not one who gave the consent on record', () => {
    const added = saveContact(open, { clientId, ...mum }, contextAt(now));
    const other = saveContact(open, { clientId, ...mum, name: 'Dad' }, contextAt(now));
    open.sqlite
      .prepare(
        `INSERT INTO consents (id, client_id, has_explained_confidentiality, agreements, given_by, given_by_contact_id, given_on, method, created_at) VALUES ('c1', ?, 1, '{}', 'parent-carer', ?, '2026-11-23', 'written', ?)`,
      )
      .run(clientId, added.id, now.toISOString());
    expect(() => removeContact(open, { clientId, id: added.id })).toThrow(/gave the consent/);
    removeContact(open, { clientId, id: other.id });
    expect(listContacts(open, { clientId }).map((contact) => contact.name)).toEqual(["Róisín O'Neill"]);
  });

  it('names the parent or carer who gave consent in the consent history, and only one of this client’s own', () => {
    const added = saveContact(open, { clientId, ...mum }, contextAt(now));
    const theirs = saveContact(open, { clientId: otherClientId, ...mum, name: 'Someone Else' }, contextAt(now));
    const consent = {
      hasExplainedConfidentiality: true,
      agreements: {
        shareWithTutor: true,
        shareWithParent: true,
        uploadToSchoolSystem: false,
        includeInDestinationReturns: false,
      },
      givenOn: '2026-11-23',
      method: 'written',
    } as const;
    recordConsent(
      open,
      { clientId, consent: { ...consent, givenBy: 'parent-carer', givenByContactId: added.id } },
      contextAt(now),
    );
    expect(consentHistory(open, clientId)[0]).toMatchObject({
      givenBy: 'parent-carer',
      givenByContactId: added.id,
      givenByName: "Róisín O'Neill (Mum)",
    });
    expect(() =>
      recordConsent(
        open,
        { clientId, consent: { ...consent, givenBy: 'parent-carer', givenByContactId: theirs.id } },
        contextAt(later),
      ),
    ).toThrow(/not one of this client’s contacts/);
    expect(() =>
      recordConsent(
        open,
        { clientId, consent: { ...consent, givenBy: 'client', givenByContactId: added.id } },
        contextAt(later),
      ),
    ).toThrow(/names no parent or carer/);
    recordConsent(
      open,
      { clientId, consent: { ...consent, givenBy: 'parent-carer', givenByContactId: null } },
      contextAt(later),
    );
    expect(consentHistory(open, clientId).map((record) => record.givenByName)).toEqual(['', "Róisín O'Neill (Mum)"]);
  });

  it('turns away a contact without a name, or with something that is not an email address, in plain words', () => {
    const blank = clientContactInputSchema.safeParse({ clientId, ...mum, name: '   ' });
    expect(blank.error?.issues[0]?.message).toBe('Give the name of the parent, carer or other contact.');
    const email = clientContactInputSchema.safeParse({ clientId, ...mum, email: 'roisin at home' });
    expect(email.error?.issues[0]?.message).toMatch(/^Enter an email address such as/);
  });

  it('leaves no contact behind when the client is erased', () => {
    saveContact(open, { clientId, ...mum, name: 'Quokka-Contact Zyxw' }, contextAt(now));
    saveContact(open, { clientId: otherClientId, ...mum, name: 'Stays Here' }, contextAt(now));
    eraseClient(open, clientId, 'Request under Article 17', now);
    expect(
      open.sqlite.prepare('SELECT count(*) AS total FROM client_contacts WHERE client_id = ?').get(clientId),
    ).toEqual({ total: 0 });
    expect(listContacts(open, { clientId: otherClientId }).map((contact) => contact.name)).toEqual(['Stays Here']);
    open.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    expect(decryptedVaultContains(vault.files.database, vault.dataKey(), 'Quokka-Contact Zyxw')).toBe(false);
  });
});

describe('the clock and ids a contact is given', () => {
  it('gives a new contact the id handed out and dates it, and a change, by the frozen clock', () => {
    const added = saveContact(
      open,
      { clientId, ...mum },
      fixedContext({ now: '2027-01-05T14:30:00Z', ids: ['c0ffee00-0000-4000-8000-000000000001'] }),
    );
    expect(added).toMatchObject({
      id: 'c0ffee00-0000-4000-8000-000000000001',
      createdAt: '2027-01-05T14:30:00.000Z',
      updatedAt: '2027-01-05T14:30:00.000Z',
    });
    const changed = saveContact(
      open,
      { clientId, id: added.id, ...mum, phone: '07700 900456' },
      fixedContext({ now: '2027-01-06T08:00:00Z' }),
    );
    expect(changed).toMatchObject({ createdAt: '2027-01-05T14:30:00.000Z', updatedAt: '2027-01-06T08:00:00.000Z' });
  });
});
