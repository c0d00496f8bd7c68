// Group sessions in a real encrypted vault: pupils chosen from one school's
// caseload by year group, tutor group and name; attendance shows on each
// pupil's timeline and counts as contact ("seen this year"), but never as a
// Benchmark 8 interview; erasing a pupil takes them off the session.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClient, listClients } from '../../main/services/clients';
import { eraseClient } from '../../main/services/erasure';
import {
  getSession,
  listSessions,
  pupilsToChoose,
  removeSession,
  saveSession,
} from '../../main/services/group-sessions';
import { finishInterview, startInterview } from '../../main/services/interviews';
import { importRoll } from '../../main/services/roll-import';
import { organisationOverview } from '../../main/services/organisations';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
const on = '2026-11-23';
const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,,04/05/2011,11,11A",
  'A2,حسن,مريم,,01/01/2011,11,11B',
  `A3,"Robert'); DROP TABLE group_sessions;--",Bobby,,02/02/2011,11,11A`,
  'A4,Jones,Cerys,,03/03/2012,10,10C',
].join('\n');

let vault: Vault;
let open: OpenVault;
let organisationId: string;
let idOf: (surname: string) => string;

beforeEach(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  idOf = made.clientIdOf;
  organisationId = getClient(open, idOf("O'Neill")).organisationId;
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const yearElevenSession = (attendeeIds: string[]) =>
  saveSession(
    open,
    {
      organisationId,
      heldOn: '2026-11-18',
      kind: 'group-work',
      title: 'Year 11 group session: post-16 options',
      minutes: 50,
      notes: 'Good questions about T levels',
      attendeeIds,
    },
    contextAt(now),
  );

describe('group sessions', () => {
  it('offers pupils by year group, tutor group and the start of a name', () => {
    // In tutor-group order, then by surname.
    expect(pupilsToChoose(open, { organisationId, yearGroup: 11 }).pupils.map((pupil) => pupil.name)).toEqual([
      "Siân O'Neill",
      "Bobby Robert'); DROP TABLE group_sessions;--",
      'مريم حسن',
    ]);
    expect(pupilsToChoose(open, { organisationId, yearGroup: 11 }).tutorGroups).toEqual(['11A', '11B']);
    expect(pupilsToChoose(open, { organisationId, tutorGroup: '11B' }).pupils.map((pupil) => pupil.name)).toEqual([
      'مريم حسن',
    ]);
    expect(pupilsToChoose(open, { organisationId, text: "o'ne" }).pupils.map((pupil) => pupil.name)).toEqual([
      "Siân O'Neill",
    ]);
    expect(pupilsToChoose(open, { organisationId, text: 'مريم' }).pupils.map((pupil) => pupil.name)).toEqual([
      'مريم حسن',
    ]);
    // LIKE's wildcards typed in a search are only characters.
    expect(pupilsToChoose(open, { organisationId, text: '%' }).total).toBe(0);
    expect(pupilsToChoose(open, { organisationId }).yearGroups).toEqual([10, 11]);
  });

  it('records who attended and shows it on each pupil’s timeline as contact, not as an interview', () => {
    const session = yearElevenSession([idOf("O'Neill"), idOf('حسن')]);
    expect(session.attendees.map((pupil) => pupil.name)).toEqual(["Siân O'Neill", 'مريم حسن']);
    expect(listSessions(open, { organisationId })).toMatchObject([
      { id: session.id, attendeeCount: 2, title: 'Year 11 group session: post-16 options' },
    ]);
    const timeline = getClient(open, idOf("O'Neill")).timeline;
    expect(timeline).toContainEqual({
      kind: 'group-session',
      on: '2026-11-18',
      title: 'Attended: Year 11 group session: post-16 options',
      detail: 'Group session, 50 minutes',
    });
    expect(timeline.some((entry) => entry.kind === 'interview')).toBe(false);
    expect(getClient(open, idOf('Jones')).timeline.some((entry) => entry.kind === 'group-session')).toBe(false);
  });

  it('counts attendance as seen this year in the overview and the caseload, but not towards Benchmark 8', () => {
    yearElevenSession([idOf("O'Neill")]);
    const interview = startInterview(
      open,
      { clientId: idOf('حسن'), templateId: 'grow', heldOn: '2026-11-20' },
      contextAt(now),
    );
    finishInterview(open, interview.id, contextAt(now));

    const overview = organisationOverview(open, organisationId, on);
    expect(overview.yearGroups.find((group) => group.yearGroup === 11)).toMatchObject({
      pupils: 3,
      seenThisYear: 2,
      seenEver: 2,
    });
    expect(overview.benchmark8.find((entry) => entry.yearGroup === 11)).toMatchObject({ pupils: 3, met: 1 });
    expect(overview.notSeen.map((pupil) => pupil.name).sort()).toEqual([
      "Bobby Robert'); DROP TABLE group_sessions;--",
      'Cerys Jones',
    ]);
    // Interview minutes and the session's 50 minutes both count as time delivered.
    expect(overview.hoursRecorded).toBeGreaterThanOrEqual(50 / 60);

    const seen = listClients(open, {
      filter: { organisationId, seenThisYear: true },
      sort: 'surname',
      offset: 0,
      limit: 50,
      on,
    });
    expect(seen.rows.map((row) => row.forename).sort()).toEqual(['Siân', 'مريم']);
    const notSeen = listClients(open, {
      filter: { organisationId, seenThisYear: false },
      sort: 'surname',
      offset: 0,
      limit: 50,
      on,
    });
    expect(notSeen.rows.map((row) => row.forename).sort()).toEqual(['Bobby', 'Cerys']);
    const byLastSeen = listClients(open, {
      filter: { organisationId },
      sort: 'lastSeen',
      offset: 0,
      limit: 50,
      on,
    }).rows;
    expect(byLastSeen.map((row) => [row.forename, row.lastSeenOn])).toEqual([
      ['مريم', '2026-11-20'],
      ['Siân', '2026-11-18'],
      ['Cerys', null],
      ['Bobby', null],
    ]);
  });

  it('changes the attendance in one go, and removes a session', () => {
    const session = yearElevenSession([idOf("O'Neill"), idOf('حسن')]);
    const changed = saveSession(
      open,
      {
        id: session.id,
        organisationId,
        heldOn: '2026-11-18',
        kind: 'drop-in',
        title: '',
        minutes: null,
        notes: '',
        attendeeIds: [idOf('Jones')],
      },
      contextAt(now),
    );
    expect(changed).toMatchObject({ kind: 'drop-in', attendeeCount: 1, attendees: [{ name: 'Cerys Jones' }] });
    expect(getClient(open, idOf('Jones')).timeline).toContainEqual({
      kind: 'group-session',
      on: '2026-11-18',
      title: 'Attended: Drop-in',
      detail: 'Drop-in',
    });
    removeSession(open, { id: session.id });
    expect(listSessions(open, { organisationId })).toEqual([]);
    expect(() => getSession(open, { id: session.id })).toThrow(/not in the vault/);
  });

  it("refuses a pupil from another organisation's roll, and saves nothing", () => {
    importRoll(
      open,
      { organisationName: 'Riverside College', csv: 'Surname,Forename,DOB\nPatel,Arjun,01/01/2008\n', isDryRun: false },
      contextAt(now),
    );
    expect(() => yearElevenSession([idOf("O'Neill"), idOf('Patel')])).toThrow(
      /One pupil chosen is not on this organisation's roll/,
    );
    expect(listSessions(open, { organisationId })).toEqual([]);
  });

  it('takes an erased pupil off the session and keeps the session for the others', () => {
    const session = yearElevenSession([idOf("O'Neill"), idOf('حسن')]);
    eraseClient(open, idOf("O'Neill"), 'Request under Article 17', now);
    expect(
      open.sqlite
        .prepare(
          'SELECT count(*) AS total FROM group_session_attendees WHERE client_id NOT IN (SELECT id FROM clients)',
        )
        .get(),
    ).toEqual({ total: 0 });
    expect(getSession(open, { id: session.id }).attendees.map((pupil) => pupil.name)).toEqual(['مريم حسن']);
  });
});

describe('the clock and ids a group session is given', () => {
  it('gives a new session the id handed out and the frozen time', () => {
    const session = saveSession(
      open,
      {
        organisationId,
        heldOn: '2026-11-18',
        kind: 'group-work',
        title: 'Year 11: apprenticeships',
        minutes: 50,
        notes: '',
        attendeeIds: [idOf("O'Neill")],
      },
      fixedContext({ now: '2026-11-18T15:00:00Z', ids: ['90000000-0000-4000-8000-000000000001'] }),
    );
    expect(session).toMatchObject({
      id: '90000000-0000-4000-8000-000000000001',
      createdAt: '2026-11-18T15:00:00.000Z',
      updatedAt: '2026-11-18T15:00:00.000Z',
    });
  });
});
