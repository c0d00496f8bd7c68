// Organisations against a real encrypted vault: a school's URN, the overview
// figures for an agreement, the organisations list, and the clock they are given.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diarySessions, interviews } from '../../main/db/schema';
import { organisationInputSchema } from '../../shared/contract/organisations';
import { listClients } from '../../main/services/clients';
import {
  endAgreement,
  listOrganisations,
  organisationOverview,
  saveOrganisation,
} from '../../main/services/organisations';
import { importRoll } from '../../main/services/roll-import';
import type { OpenVault, Vault } from '../../main/vault';
import { allClients, simsRoll } from '../support/sims-roll';
import { discardVault, makeUnlockedVault } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';
import { deliveryFor } from '../../main/services/agreements';

const now = new Date('2026-11-23T10:00:00Z');

let vault: Vault;
let open: OpenVault;
beforeEach(async () => ({ vault, open } = await makeUnlockedVault()));
afterEach(() => discardVault(vault));

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
    const byName = new Map(allClients(open).map((client) => [client.surname, client.id]));
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

describe('the clock and ids an organisation is given', () => {
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
