// Rectification: a corrected fact is changed in place and the change is
// logged (which field, when, why), never the wrong value it replaced.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editableFields, getClient, moveClient, saveClient } from '../../main/services/clients';
import { eraseClient } from '../../main/services/erasure';
import { saveOrganisation } from '../../main/services/organisations';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const later = new Date('2026-11-24T15:30:00Z');
let vault: Vault;
let open: OpenVault;
let clientId: string;

beforeEach(async () => {
  const made = await makeVaultWithRoll("Surname,Forename,DOB\nO'Nael,Sian,04/05/2009\n", now);
  ({ vault, open } = made);
  clientId = made.clientIdOf("O'Nael");
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const fieldsNow = () => editableFields(getClient(open, clientId));

describe('correcting a client’s details', () => {
  it('logs each changed field with when and why, and nothing for the fields left alone', () => {
    const client = saveClient(
      open,
      {
        ...fieldsNow(),
        id: clientId,
        surname: "O'Neill",
        forename: 'Siân',
        dateOfBirth: '2009-05-14',
        correctionReason: 'Spelling and date checked with her passport',
      },
      contextAt(later),
    );
    expect(client).toMatchObject({ surname: "O'Neill", forename: 'Siân', dateOfBirth: '2009-05-14' });
    expect(client.corrections).toEqual(
      ['surname', 'forename', 'dateOfBirth'].map((field) => ({
        field,
        changedAt: later.toISOString(),
        reason: 'Spelling and date checked with her passport',
      })),
    );
  });

  it('keeps the priority groups and postcode as saved, and logs a change to them like any other fact', () => {
    expect(getClient(open, clientId)).toMatchObject({
      isLookedAfter: false,
      isYoungCarer: false,
      hasEnglishAsAdditionalLanguage: false,
      postcode: '',
    });
    const client = saveClient(
      open,
      {
        ...fieldsNow(),
        id: clientId,
        isYoungCarer: true,
        hasEnglishAsAdditionalLanguage: true,
        postcode: 'LS6 2AB',
        correctionReason: 'From the school',
      },
      contextAt(later),
    );
    expect(client).toMatchObject({
      isLookedAfter: false,
      isYoungCarer: true,
      hasEnglishAsAdditionalLanguage: true,
      postcode: 'LS6 2AB',
    });
    expect(client.corrections.map((correction) => correction.field)).toEqual([
      'isYoungCarer',
      'hasEnglishAsAdditionalLanguage',
      'postcode',
    ]);
  });

  it('logs nothing when a save changes nothing, and keeps the reason optional', () => {
    saveClient(open, { ...fieldsNow(), id: clientId, correctionReason: 'No change really' }, contextAt(later));
    expect(getClient(open, clientId).corrections).toEqual([]);
    saveClient(open, { ...fieldsNow(), id: clientId, email: 'sian@example.org' }, contextAt(later));
    expect(getClient(open, clientId).corrections).toEqual([
      { field: 'email', changedAt: later.toISOString(), reason: '' },
    ]);
  });

  it('never keeps the wrong value it replaced', () => {
    saveClient(
      open,
      { ...fieldsNow(), id: clientId, surname: "O'Neill", correctionReason: 'Misspelt on the roll' },
      contextAt(later),
    );
    const rows = open.sqlite.prepare('SELECT * FROM rectifications').all();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain("O'Nael");
  });

  it('treats a move to another organisation as a change of circumstances, not a correction', () => {
    const college = saveOrganisation(
      open,
      { name: 'Riverside College', kind: 'college', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    moveClient(open, { id: clientId, organisationId: college.id, yearGroup: 12 }, contextAt(later));
    expect(getClient(open, clientId).corrections).toEqual([]);
    expect(getClient(open, clientId).organisationHistory.map((entry) => entry.organisationName)).toEqual([
      'Northfield Academy',
      'Riverside College',
    ]);
  });

  it('erases the corrections log with the client', () => {
    saveClient(
      open,
      { ...fieldsNow(), id: clientId, surname: "O'Neill", correctionReason: 'Misspelt on the roll' },
      contextAt(later),
    );
    eraseClient(open, clientId, 'Request under Article 17', later);
    expect(open.sqlite.prepare('SELECT count(*) AS total FROM rectifications').get()).toEqual({ total: 0 });
  });
});
