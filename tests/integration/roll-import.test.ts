// Importing a school's roll into a real encrypted vault: a SIMS export, a
// re-import that updates rather than duplicates, and what is refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchCaseload } from '../../main/services/search';
import { listOrganisations } from '../../main/services/organisations';
import { importRoll } from '../../main/services/roll-import';
import type { OpenVault, Vault } from '../../main/vault';
import { allClients, simsRoll } from '../support/sims-roll';
import { discardVault, filesContaining, makeUnlockedVault } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
beforeEach(async () => ({ vault, open } = await makeUnlockedVault()));
afterEach(() => discardVault(vault));

describe('importing a roll', () => {
  it('creates the school and its pupils, then re-imports without duplicating anyone', () => {
    const first = importRoll(
      open,
      { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false },
      contextAt(now),
    );
    expect(first).toMatchObject({ created: 4, updated: 0, unchanged: 0, rejected: [], isDryRun: false });
    expect(first.organisationId).not.toBeNull();

    const again = importRoll(
      open,
      { organisationName: 'northfield academy', csv: simsRoll, isDryRun: false },
      contextAt(now),
    );
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: [] });
    expect(allClients(open)).toHaveLength(4);
    expect(allClients(open).map((client) => client.surname)).toContain("Robert'); DROP TABLE clients;--");
  });

  it('gives the school and each new pupil the ids and the time it is given, in the order of the file', () => {
    const report = importRoll(
      open,
      {
        organisationName: 'Fernhill School',
        csv: 'Surname,Forename,DOB\nOkafor,Tobi,01/02/2010\nAdeyemi,Funmi,03/04/2010\n',
        isDryRun: false,
      },
      fixedContext({
        now: '2027-01-05T14:30:00Z',
        ids: [
          'b0000000-0000-4000-8000-000000000001',
          'b0000000-0000-4000-8000-000000000002',
          'b0000000-0000-4000-8000-000000000003',
        ],
      }),
    );
    expect(report).toMatchObject({ created: 2, organisationId: 'b0000000-0000-4000-8000-000000000001' });
    expect(
      open.sqlite
        .prepare(
          'SELECT id, organisation_id AS organisationId, surname, created_at AS createdAt FROM clients ORDER BY surname',
        )
        .all(),
    ).toEqual([
      {
        id: 'b0000000-0000-4000-8000-000000000003',
        organisationId: 'b0000000-0000-4000-8000-000000000001',
        surname: 'Adeyemi',
        createdAt: '2027-01-05T14:30:00.000Z',
      },
      {
        id: 'b0000000-0000-4000-8000-000000000002',
        organisationId: 'b0000000-0000-4000-8000-000000000001',
        surname: 'Okafor',
        createdAt: '2027-01-05T14:30:00.000Z',
      },
    ]);
  });

  it('updates pupils from a newer roll, matching by UPN, or by name and date of birth when there is none', () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    const newer = [
      'UPN,Surname,Forename,DOB,Year,Reg',
      "A123456789012,O'Neill,Siân,29/02/2008,12,12A",
      ',Wiśniewski,Łukasz,01/09/2009,11,11B',
      'Z999999999999,Newcomer,Ada,01/01/2011,8,8A',
    ].join('\n');
    expect(
      importRoll(open, { organisationName: 'Northfield Academy', csv: newer, isDryRun: false }, contextAt(now)),
    ).toMatchObject({ created: 1, updated: 2, unchanged: 0 });
    const sian = allClients(open).find((client) => client.forename === 'Siân');
    expect(sian).toMatchObject({ yearGroup: 12, tutorGroup: '12A', sendStatus: 'none' });
    expect(allClients(open)).toHaveLength(5);
  });

  it('writes nothing on a dry run but reports the same counts', () => {
    const report = importRoll(
      open,
      { organisationName: 'Castle Vale School', csv: simsRoll, isDryRun: true },
      contextAt(now),
    );
    expect(report).toMatchObject({ created: 4, isDryRun: true, organisationId: null });
    expect(allClients(open)).toHaveLength(0);
    expect(searchCaseload(open, 'Castle', 10)).toEqual([]);
  });

  it('asks which column holds what when headings are not recognised, writing nothing until it knows, then imports as chosen', () => {
    const roll = "Family,Given,Born\nO'Neill,Siân,01/02/2010\n";
    const asked = importRoll(
      open,
      { organisationName: 'Northfield Academy', csv: roll, isDryRun: true },
      contextAt(now),
    );
    expect(asked).toMatchObject({
      missingFields: ['surname', 'forename', 'dateOfBirth'],
      created: 0,
      rowsRead: 1,
      organisationId: null,
    });
    expect(() =>
      importRoll(open, { organisationName: 'Northfield Academy', csv: roll, isDryRun: false }, contextAt(now)),
    ).toThrow(/could not find the Surname, Forename, Date of Birth columns/);
    expect(listOrganisations(open)).toEqual([]);

    const columnChoices = [
      { column: 0, field: 'surname' },
      { column: 1, field: 'forename' },
      { column: 2, field: 'dateOfBirth' },
    ] as const;
    expect(
      importRoll(
        open,
        { organisationName: 'Northfield Academy', csv: roll, isDryRun: true, columnChoices },
        contextAt(now),
      ),
    ).toMatchObject({ missingFields: [], created: 1 });
    expect(
      importRoll(
        open,
        { organisationName: 'Northfield Academy', csv: roll, isDryRun: false, columnChoices },
        contextAt(now),
      ),
    ).toMatchObject({ created: 1 });
    expect(allClients(open).map((client) => [client.forename, client.surname, client.dateOfBirth])).toEqual([
      ['Siân', "O'Neill", '2010-02-01'],
    ]);
  });

  it('refuses a second row for the same pupil without a UPN', () => {
    const roll = ['Surname,Forename,DOB', 'Jones,Cerys,03/03/2010', 'JONES,cerys,2010-03-03'].join('\n');
    const report = importRoll(
      open,
      { organisationName: 'Northfield Academy', csv: roll, isDryRun: false },
      contextAt(now),
    );
    expect(report.created).toBe(1);
    expect(report.rejected).toEqual([
      { row: 3, pupil: 'cerys JONES', reason: 'This pupil is already on row 2 of this file.' },
    ]);
  });

  it('names the pupil on each rejected row, and flags a date of birth that does not fit the year group without refusing it', () => {
    const roll = [
      'Surname,Forename,DOB,Year',
      'Jones,Cerys,03/03/2010,12',
      'Price,Dylan,31/02/2010,10',
      'Hughes,Gwen,14/01/2011,8',
    ].join('\n');
    const report = importRoll(
      open,
      { organisationName: 'Northfield Academy', csv: roll, isDryRun: false },
      contextAt(now),
    );
    expect(report.rejected).toEqual([
      { row: 3, pupil: 'Dylan Price', reason: 'Impossible date of birth "31/02/2010": use dd/mm/yyyy or yyyy-mm-dd.' },
    ]);
    expect(report.flagged).toEqual([
      {
        row: 4,
        pupil: 'Gwen Hughes',
        reason: 'Born 14/01/2011, so usually Year 11, not Year 8. Check the date of birth and year group.',
      },
    ]);
    expect(report.created).toBe(2);
  });

  it('leaves no imported name readable in the vault files', () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    for (const name of ['Wiśniewski', "O'Neill", 'مريم']) {
      expect(filesContaining(vault.files.directory, name)).toEqual([]);
    }
  });
});
