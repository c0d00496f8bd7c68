// The caseload against a real encrypted vault: roll import and re-import,
// search with and without accents, moving a client, and the overview figures.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diarySessions, interviews } from '../../main/db/schema';
import { organisationInputSchema } from '../../shared/contract/caseload';
import { editableFields, getClient, listClients, moveClient, saveClient } from '../../main/services/clients';
import { searchCaseload } from '../../main/services/search';
import {
  endAgreement,
  listOrganisations,
  organisationOverview,
  saveOrganisation,
} from '../../main/services/organisations';
import { importRoll } from '../../main/services/roll-import';
import { saveNotes, startInterview } from '../../main/services/interviews';
import type { OpenVault, Vault } from '../../main/vault';
import { filesContaining, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';
import { aClient } from '../support/factories';
import { deliveryFor } from '../../main/services/agreements';

const now = new Date('2026-11-23T10:00:00Z');
const simsRoll = readFileSync('tests/fixtures/rolls/sims-export.csv', 'utf8');

let vault: Vault;
let open: OpenVault;
beforeEach(async () => {
  vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  open = vault.database();
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const allClients = () =>
  listClients(open, { filter: { includeArchived: true }, sort: 'surname', offset: 0, limit: 500, on: '2026-11-23' })
    .rows;

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
    expect(allClients()).toHaveLength(4);
    expect(allClients().map((client) => client.surname)).toContain("Robert'); DROP TABLE clients;--");
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
    const sian = allClients().find((client) => client.forename === 'Siân');
    expect(sian).toMatchObject({ yearGroup: 12, tutorGroup: '12A', sendStatus: 'none' });
    expect(allClients()).toHaveLength(5);
  });

  it('writes nothing on a dry run but reports the same counts', () => {
    const report = importRoll(
      open,
      { organisationName: 'Castle Vale School', csv: simsRoll, isDryRun: true },
      contextAt(now),
    );
    expect(report).toMatchObject({ created: 4, isDryRun: true, organisationId: null });
    expect(allClients()).toHaveLength(0);
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
    expect(allClients().map((client) => [client.forename, client.surname, client.dateOfBirth])).toEqual([
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

describe('search', () => {
  beforeEach(() =>
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now)),
  );

  it('finds names with and without their accents, by any part typed so far', () => {
    expect(searchCaseload(open, 'sian', 10).map((result) => result.title)).toEqual(["Siân O'Neill"]);
    expect(searchCaseload(open, 'Siân', 10).map((result) => result.title)).toEqual(["Siân O'Neill"]);
    expect(searchCaseload(open, 'lukasz', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, 'wisn', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, 'luke', 10)[0]?.title).toBe('Łukasz (Luke) Wiśniewski');
    expect(searchCaseload(open, "o'neill", 10)[0]?.title).toBe("Siân O'Neill");
    expect(searchCaseload(open, 'مريم', 10)[0]?.title).toBe('مريم حسن');
  });

  it('treats one or two letters as the start of a name: people and organisations only, notes from three letters', () => {
    const sian = allClients().find((client) => client.forename === 'Siân');
    if (!sian) throw new Error('fixture missing');
    // Notes that start a word with "si" and "sie" but belong to someone else's interview record.
    const other = allClients().find((client) => client.forename !== 'Siân');
    if (!other) throw new Error('fixture missing');
    const interview = startInterview(
      open,
      { clientId: other.id, templateId: 'grow', heldOn: '2026-11-20' },
      contextAt(now),
    );
    saveNotes(open, interview.id, 0, 'Sieve of options: sixth form or apprenticeship', now);

    const twoLetters = searchCaseload(open, 'si', 10);
    expect(twoLetters.map((result) => result.title)).toContain("Siân O'Neill");
    expect(twoLetters.some((result) => result.detail.startsWith('Interview notes'))).toBe(false);
    expect(searchCaseload(open, 'sie', 10).some((result) => result.detail.startsWith('Interview notes'))).toBe(true);
  });

  it('finds pupils by UPN and organisations by name, and treats query syntax as plain text', () => {
    expect(searchCaseload(open, 'B1234567', 10)[0]?.detail).toContain('B123456789012');
    expect(searchCaseload(open, 'northfield', 10).map((result) => result.kind)).toContain('organisation');
    expect(searchCaseload(open, '"DROP TABLE" clients*', 10).map((result) => result.title)).toEqual([
      "Bobby Robert'); DROP TABLE clients;--",
    ]);
    expect(searchCaseload(open, '', 10)).toEqual([]);
  });
});

describe("a school's URN", () => {
  it('is kept as given, left as it is by a save that does not mention it, and refused when it is not six digits', () => {
    const school = saveOrganisation(
      open,
      { name: 'Northfield Academy', kind: 'school', address: '', urn: '108123', contacts: [], agreement: null },
      contextAt(now),
    );
    expect(school.urn).toBe('108123');
    // A roll import names only the school: its URN stays.
    expect(
      saveOrganisation(
        open,
        {
          id: school.id,
          name: 'Northfield Academy',
          kind: 'school',
          address: '1 School Lane',
          contacts: [],
          agreement: null,
        },
        contextAt(now),
      ).urn,
    ).toBe('108123');
    const wrong = organisationInputSchema.safeParse({
      name: 'Northfield Academy',
      kind: 'school',
      address: '',
      urn: '10812',
      contacts: [],
      agreement: null,
    });
    expect(wrong.error?.issues[0]?.message).toBe(
      'A URN is six digits, such as 108123. Leave it blank if you do not know it.',
    );
  });
});

describe('moving a client', () => {
  it('moves them with their history and keeps the search current', () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    const college = saveOrganisation(
      open,
      { name: 'Westbridge Sixth Form College', kind: 'college', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    const sian = allClients().find((client) => client.forename === 'Siân');
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
    const client = getClient(open, allClients()[0]?.id ?? '');
    const saved = saveClient(
      open,
      { ...editableFields(client), id: client.id, provisionLevel: 'intensive' },
      contextAt(now),
    );
    expect(saved.provisionHistory.map((entry) => entry.level)).toEqual(['core', 'intensive']);
  });
});

describe('the organisation overview', () => {
  it('matches a hand-computed fixture', () => {
    const school = saveOrganisation(
      open,
      {
        name: 'Hawthorn Academy',
        kind: 'school',
        address: '',
        contacts: [],
        agreement: {
          services: ['interview-caseload'],
          hoursPerYear: 100,
          daysPerYear: null,
          ratePence: null,
          rateUnit: null,
          startsOn: '2026-09-01',
          endsOn: '2027-08-31',
        },
      },
      contextAt(now),
    );
    const roll = [
      'Surname,Forename,DOB,Year',
      'Able,Ann,01/10/2010,11', // 1 interview this year
      'Baker,Ben,02/10/2010,11', // none
      'Cole,Cat,03/10/2010,11', // 1 last year only
      'Dunn,Dan,01/10/2008,13', // 2 (one this year)
      'Eve,Eli,02/10/2008,13', // 1 last year
      'Ford,Fay,03/10/2012,9', // none
    ].join('\n');
    importRoll(open, { organisationName: 'Hawthorn Academy', csv: roll, isDryRun: false }, contextAt(now));
    const byName = new Map(allClients().map((client) => [client.surname, client.id]));
    const held = (surname: string, heldOn: string, durationMinutes: number) =>
      open.db
        .insert(interviews)
        .values({
          id: `${surname}-${heldOn}`,
          clientId: byName.get(surname) as string,
          organisationId: school.id,
          heldOn,
          durationMinutes,
          createdAt: now.toISOString(),
        })
        .run();
    held('Able', '2026-10-05', 45);
    held('Cole', '2026-06-30', 30);
    held('Dunn', '2026-05-01', 60);
    held('Dunn', '2026-09-01', 60);
    held('Eve', '2025-12-01', 45);

    const overview = organisationOverview(open, school.id, '2026-11-23');

    expect(overview.academicYear).toBe('2026 to 2027');
    expect(overview.yearGroups).toEqual([
      { yearGroup: 9, pupils: 1, seenThisYear: 0, seenEver: 0 },
      { yearGroup: 11, pupils: 3, seenThisYear: 1, seenEver: 2 },
      { yearGroup: 13, pupils: 2, seenThisYear: 1, seenEver: 2 },
    ]);
    expect(overview.benchmark8).toEqual([
      {
        yearGroup: 11,
        interviewsNeeded: 1,
        pupils: 3,
        met: 2,
        waiting: [{ id: byName.get('Baker'), name: 'Ben Baker', tutorGroup: '' }],
      },
      {
        yearGroup: 13,
        interviewsNeeded: 2,
        pupils: 2,
        met: 1,
        waiting: [{ id: byName.get('Eve'), name: 'Eli Eve', tutorGroup: '' }],
      },
    ]);
    // The caseload filter behind "Show them in the caseload" finds the same pupils.
    const stillToSee = listClients(open, {
      filter: { organisationId: school.id, yearGroup: 11, isBenchmark8Met: false },
      sort: 'surname',
      offset: 0,
      limit: 50,
      on: '2026-11-23',
    }).rows;
    expect(stillToSee.map((client) => client.surname)).toEqual(['Baker']);
    const allWaiting = listClients(open, {
      filter: { organisationId: school.id, isBenchmark8Met: false },
      sort: 'surname',
      offset: 0,
      limit: 50,
      on: '2026-11-23',
    }).rows;
    expect(allWaiting.map((client) => client.surname)).toEqual(['Baker', 'Eve']);
    expect(overview.notSeen.map((pupil) => pupil.name)).toEqual(['Fay Ford', 'Ben Baker', 'Cat Cole', 'Eli Eve']);
    expect(overview.hoursRecorded).toBe(1.75);
    // The migration read 100 hours a year as 100 hours bought; the diary holds nothing yet.
    expect(overview.delivery).toEqual({
      hasAgreement: true,
      from: '2026-09-01',
      to: '2027-08-31',
      unit: 'hour',
      bought: 100,
      used: 0,
      booked: 0,
      left: 100,
      warning: 'none',
    });
  });

  it("measures an agreement in days against the diary, within the agreement's dates, with a warning from 80 %", () => {
    const agreement = {
      services: [],
      hoursPerYear: null,
      daysPerYear: null,
      boughtUnit: 'day' as const,
      boughtQuantity: 4,
      ratePence: 35_000,
      rateUnit: 'day' as const,
      startsOn: '2026-10-01',
      endsOn: '2027-07-31',
    };
    const school = saveOrganisation(
      open,
      { name: 'Hawthorn Academy', kind: 'school', address: '', contacts: [], agreement },
      contextAt(now),
    );
    const session = (
      id: string,
      heldOn: string,
      startsAt: string,
      endsAt: string,
      kind: 'interviews' | 'travel' = 'interviews',
    ) =>
      open.db
        .insert(diarySessions)
        .values({
          id,
          organisationId: school.id,
          heldOn,
          startsAt,
          endsAt,
          kind,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        })
        .run();
    session('before-the-agreement', '2026-09-20', '09:00', '15:00'); // the academic year, but before the agreement starts
    session('full-day', '2026-10-05', '09:00', '15:00'); // 1 day
    session('half-day', '2026-10-12', '09:00', '12:00'); // half a day
    session('travel', '2026-10-12', '12:00', '13:00', 'travel'); // the adviser's own time
    session('second', '2026-11-02', '08:30', '15:30'); // 7 hours: to the nearest half day, 1
    session('third', '2026-11-16', '09:00', '15:00'); // 1
    session('ahead', '2026-12-07', '09:00', '15:00'); // booked
    const overview = organisationOverview(open, school.id, '2026-11-23', contextAt(now));
    expect(overview.delivery).toEqual({
      hasAgreement: true,
      from: '2026-10-01',
      to: '2027-07-31',
      unit: 'day',
      bought: 4,
      used: 3.5,
      booked: 1,
      left: 0.5,
      warning: 'nearly',
    });

    session('fourth', '2026-11-17', '09:00', '15:00');
    session('fifth', '2026-11-18', '09:00', '15:00');
    expect(organisationOverview(open, school.id, '2026-11-23', contextAt(now)).delivery).toMatchObject({
      used: 5.5,
      left: -1.5,
      warning: 'over',
    });
  });

  it('says plainly when there is no agreement', () => {
    const school = saveOrganisation(
      open,
      { name: 'Hawthorn Academy', kind: 'school', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    expect(organisationOverview(open, school.id, '2026-11-23', contextAt(now)).delivery).toMatchObject({
      hasAgreement: false,
      bought: null,
      left: null,
      warning: 'none',
    });
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

describe('the organisations list', () => {
  it("counts each organisation's own clients", () => {
    importRoll(open, { organisationName: 'Northfield Academy', csv: simsRoll, isDryRun: false }, contextAt(now));
    importRoll(
      open,
      { organisationName: 'Castle Vale School', csv: 'Surname,Forename,DOB\nAdams,Amy,01/01/2010\n', isDryRun: false },
      contextAt(now),
    );
    const agreement = {
      services: [],
      hoursPerYear: null,
      daysPerYear: 12,
      ratePence: null,
      rateUnit: null,
      startsOn: '2025-09-01',
      endsOn: '2026-07-31',
    };
    saveOrganisation(
      open,
      { name: 'Empty College', kind: 'college', address: '', contacts: [], agreement },
      contextAt(now),
    );
    const listed = listOrganisations(open);
    const counts = Object.fromEntries(listed.map((organisation) => [organisation.name, organisation.clientCount]));
    expect(counts).toEqual({ 'Castle Vale School': 1, 'Empty College': 0, 'Northfield Academy': 4 });
    // The agreement's dates come with the list, so an ended one is not shown as current.
    expect(listed.map((organisation) => organisation.agreement)).toEqual([
      null,
      { startsOn: '2025-09-01', endsOn: '2026-07-31' },
      null,
    ]);
  });
});

describe('the clock and ids the caseload is given', () => {
  const frozen = fixedContext({
    now: '2027-01-05T14:30:00Z',
    ids: ['a1b2c3d4-0000-4000-8000-000000000001', 'a1b2c3d4-0000-4000-8000-000000000002'],
  });

  it('gives a new organisation and its contact the ids handed out, and archives it at the frozen time', () => {
    const school = saveOrganisation(
      open,
      {
        name: 'Fernhill School',
        kind: 'school',
        address: '',
        contacts: [{ name: 'Ms Okafor', role: 'careers-leader', email: '', phone: '' }],
        agreement: null,
      },
      frozen,
    );
    expect(school.id).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(open.sqlite.prepare('SELECT id FROM organisation_contacts').all()).toEqual([
      { id: 'a1b2c3d4-0000-4000-8000-000000000002' },
    ]);
    expect(endAgreement(open, school.id, '2026-12-31', frozen).archivedAt).toBe('2027-01-05T14:30:00.000Z');
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

  it('counts an agreement day as used or booked by the clock it is measured with', () => {
    const agreement = {
      services: [],
      hoursPerYear: null,
      daysPerYear: null,
      boughtUnit: 'day' as const,
      boughtQuantity: 4,
      ratePence: 35_000,
      rateUnit: 'day' as const,
      startsOn: '2026-09-01',
      endsOn: '2027-07-31',
    };
    const school = saveOrganisation(
      open,
      { name: 'Hawthorn Academy', kind: 'school', address: '', contacts: [], agreement },
      contextAt(now),
    );
    open.db
      .insert(diarySessions)
      .values({
        id: 'a-day-in-school',
        organisationId: school.id,
        heldOn: '2026-11-24',
        startsAt: '09:00',
        endsAt: '15:00',
        kind: 'interviews',
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })
      .run();
    const period = { organisationId: school.id, from: '2026-09-01', to: '2027-07-31' };
    expect(deliveryFor(open, period, fixedContext({ now: '2026-11-23T10:00:00Z' }))).toMatchObject({
      used: 0,
      booked: 1,
    });
    expect(deliveryFor(open, period, fixedContext({ now: '2026-11-25T10:00:00Z' }))).toMatchObject({
      used: 1,
      booked: 0,
    });
  });
});
