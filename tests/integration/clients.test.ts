// Clients against a real encrypted vault: moving a client to another school,
// the caseload's filters, and the clock a client is given.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { interviews } from '../../main/db/schema';
import { editableFields, getClient, listClients, moveClient, saveClient } from '../../main/services/clients';
import { searchCaseload } from '../../main/services/search';
import { saveOrganisation } from '../../main/services/organisations';
import { importRoll } from '../../main/services/roll-import';
import type { OpenVault, Vault } from '../../main/vault';
import { allClients, simsRoll } from '../support/sims-roll';
import { discardVault, makeUnlockedVault } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';
import { aClient } from '../support/factories';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
beforeEach(async () => ({ vault, open } = await makeUnlockedVault()));
afterEach(() => discardVault(vault));

describe('moving a client', () => {
  it('moves them with their history and keeps the search current', () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    const college = saveOrganisation(
      open,
      { name: 'Westbridge Sixth Form College', kind: 'college', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    const sian = allClients(open).find((client) => client.forename === 'Siân');
    if (!sian) throw new Error('fixture missing');
    open.db
      .insert(interviews)
      .values({
        id: 'i1',
        clientId: sian.id,
        organisationId: sian.organisationId,
        heldOn: '2026-10-01',
        durationMinutes: 45,
        createdAt: now.toISOString(),
      })
      .run();

    const moved = moveClient(
      open,
      { id: sian.id, organisationId: college.id, yearGroup: 12 },
      contextAt(new Date('2026-11-24T10:00:00Z')),
    );

    expect(moved.organisationName).toBe('Westbridge Sixth Form College');
    expect(moved.organisationHistory.map((entry) => [entry.organisationName, entry.toDate])).toEqual([
      ['Northfield Academy', '2026-11-24'],
      ['Westbridge Sixth Form College', null],
    ]);
    expect(moved.timeline.some((entry) => entry.kind === 'interview')).toBe(true);
    expect(searchCaseload(open, 'sian', 10)[0]?.detail).toContain('Westbridge');
  });

  it('records each provision level change', () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    const client = getClient(open, allClients(open)[0]?.id ?? '');
    const saved = saveClient(
      open,
      { ...editableFields(client), id: client.id, provisionLevel: 'intensive' },
      contextAt(now),
    );
    expect(saved.provisionHistory.map((entry) => entry.level)).toEqual(['core', 'intensive']);
  });
});

describe('the caseload filters', () => {
  it('shows only pupils with pupil premium, or only those without', () => {
    importRoll(
      open,
      {
        organisationName: 'Northfield Academy',
        csv: [
          'Surname,Forename,DOB,Pupil Premium',
          'Able,Ann,01/10/2010,Y',
          'Baker,Ben,02/10/2010,N',
          'Cole,Cat,03/10/2010,Y',
        ].join('\n'),
        isDryRun: false,
      },
      contextAt(now),
    );
    const surnames = (hasPupilPremium: boolean) =>
      listClients(open, {
        filter: { hasPupilPremium },
        sort: 'surname',
        offset: 0,
        limit: 50,
        on: '2026-11-23',
      }).rows.map((client) => client.surname);
    expect(surnames(true)).toEqual(['Able', 'Cole']);
    expect(surnames(false)).toEqual(['Baker']);
  });
});

describe('the clock and ids a client is given', () => {
  const frozen = fixedContext({
    now: '2027-01-05T14:30:00Z',
    ids: ['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'],
  });

  it('dates a new client, and a move, by the clock it is given', () => {
    const school = saveOrganisation(
      open,
      { name: 'Fernhill School', kind: 'school', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    const college = saveOrganisation(
      open,
      { name: 'Westbridge College', kind: 'college', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    const client = aClient(open, { organisationId: school.id });
    const corrected = saveClient(open, { ...editableFields(client), id: client.id, surname: 'Nowak' }, frozen);
    expect(corrected).toMatchObject({ createdAt: client.createdAt, updatedAt: '2027-01-05T14:30:00.000Z' });
    const added = saveClient(
      open,
      { ...editableFields(client), surname: 'Adeyemi' },
      fixedContext({ now: '2027-01-06T09:00:00Z', ids: ['a1b2c3d4-0000-4000-8000-00000000000a'] }),
    );
    expect(added).toMatchObject({
      id: 'a1b2c3d4-0000-4000-8000-00000000000a',
      createdAt: '2027-01-06T09:00:00.000Z',
      provisionHistory: [{ changedOn: '2027-01-06' }],
    });
    const moved = moveClient(open, { id: added.id, organisationId: college.id }, frozen);
    expect(moved.organisationHistory.at(-1)).toMatchObject({ organisationId: college.id, fromDate: '2027-01-05' });
  });
});
