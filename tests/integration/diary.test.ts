// The diary in a real encrypted vault: planning sessions (overlaps warned,
// end before start refused), spreading pupils over a session's free slots and
// refusing what does not fit, the week and today as the adviser sees them,
// starting an interview from an appointment, and when a session may go.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getClient } from '../../main/services/clients';
import {
  book,
  diaryToday,
  diaryWeek,
  getSession,
  removeSession,
  saveSession,
  setAppointment,
  startInterview,
  upcomingSessions,
} from '../../main/services/diary';
import {
  addAction,
  getInterview,
  listForClient,
  startInterview as startInterviewRecord,
} from '../../main/services/interviews';
import { importRoll } from '../../main/services/roll-import';
import { listTemplates } from '../../main/services/templates';
import type { DiarySessionInput } from '../../shared/contract/diary';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-23T08:00:00Z');
const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,,04/05/2011,11,11A",
  'A2,حسن,مريم,,01/01/2011,11,11B',
  'A3,Okafor,Chidi,,02/02/2011,11,11A',
  'A4,Jones,Cerys,,03/03/2012,10,10C',
  'A5,Brown,Alfie,,05/05/2011,11,11A',
  'A6,Patel,Anya,,06/06/2011,11,11B',
  'A7,Smith,Jack,,07/07/2011,11,11B',
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

const schoolDay = (overrides: Partial<DiarySessionInput> = {}): DiarySessionInput => ({
  organisationId,
  heldOn: '2026-11-25',
  startsAt: '09:00',
  endsAt: '12:00',
  kind: 'interviews',
  slotMinutes: 45,
  room: 'Library office',
  notes: '',
  ...overrides,
});

const sequenceOf = (table: string, id: string) =>
  (open.sqlite.prepare(`SELECT sequence FROM ${table} WHERE id = ?`).get(id) as { sequence: number }).sequence;

describe('planning sessions', () => {
  it('puts a session on its day of the week, Monday to Sunday, with the organisation and times', () => {
    const { session, warning } = saveSession(open, schoolDay(), contextAt(now));
    expect(warning).toBeNull();
    // Any day of the week finds the same Monday-to-Sunday week.
    const week = diaryWeek(open, { weekOf: '2026-11-29' });
    expect(week.monday).toBe('2026-11-23');
    expect(week.days.map((day) => day.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    const wednesday = week.days[2]?.sessions ?? [];
    expect(
      wednesday.map((shown) => [shown.id, shown.organisationName, shown.startsAt, shown.endsAt, shown.kind]),
    ).toEqual([[session.id, 'Northfield Academy', '09:00', '12:00', 'interviews']]);
    expect(week.days.filter((day) => day.sessions.length > 0)).toHaveLength(1);
    // Four 45-minute slots fit between 09:00 and 12:00.
    expect(session.freeSlots).toEqual(['09:00', '09:45', '10:30', '11:15']);
    expect(diaryWeek(open, { weekOf: '2026-11-30' }).days.every((day) => day.sessions.length === 0)).toBe(true);
  });

  it('refuses a session that ends before it starts, in plain English, and saves nothing', () => {
    expect(() => saveSession(open, schoolDay({ startsAt: '13:00', endsAt: '09:00' }), contextAt(now))).toThrow(
      'The session ends at 09:00, which is not after it starts (13:00). Give an end time later than the start.',
    );
    expect(() => saveSession(open, schoolDay({ startsAt: '09:00', endsAt: '09:00' }), contextAt(now))).toThrow(
      /not after it starts/,
    );
    expect(diaryWeek(open, { weekOf: '2026-11-25' }).days.flatMap((day) => day.sessions)).toHaveLength(0);
  });

  it('allows an overlapping session on the same day but warns, naming the other session', () => {
    saveSession(open, schoolDay(), contextAt(now));
    const { warning } = saveSession(
      open,
      schoolDay({ startsAt: '11:30', endsAt: '13:00', kind: 'meeting' }),
      contextAt(now),
    );
    expect(warning).toBe(
      'This overlaps another session that day (Northfield Academy 09:00 to 12:00). It is saved; check the times if that was not meant.',
    );
    // Back to back is not an overlap, and another day is not either.
    expect(
      saveSession(open, schoolDay({ startsAt: '13:00', endsAt: '14:00', kind: 'travel' }), contextAt(now)).warning,
    ).toBeNull();
    expect(saveSession(open, schoolDay({ heldOn: '2026-11-26' }), contextAt(now)).warning).toBeNull();
    expect(diaryWeek(open, { weekOf: '2026-11-25' }).days[2]?.sessions.map((session) => session.startsAt)).toEqual([
      '09:00',
      '11:30',
      '13:00',
    ]);
  });

  it('counts each change to a session, so a calendar that imported it takes the update', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    expect(sequenceOf('diary_sessions', session.id)).toBe(0);
    saveSession(open, schoolDay({ id: session.id, endsAt: '15:00' }), contextAt(now));
    saveSession(open, schoolDay({ id: session.id, endsAt: '15:00', room: 'Room 12' }), contextAt(now));
    expect(sequenceOf('diary_sessions', session.id)).toBe(2);
    expect(getSession(open, { id: session.id }).endsAt).toBe('15:00');
  });
});

describe('booking pupils', () => {
  it('spreads the chosen pupils over the free slots, in the order chosen, with odd names intact', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    const { booked, session: after } = book(
      open,
      { sessionId: session.id, clientIds: [idOf("O'Neill"), idOf('حسن'), idOf('Okafor')] },
      contextAt(now),
    );
    expect(booked.map((booking) => booking.startsAt)).toEqual(['09:00', '09:45', '10:30']);
    expect(
      after.appointments.map((appointment) => [
        appointment.clientName,
        appointment.startsAt,
        appointment.minutes,
        appointment.status,
        appointment.room,
        appointment.yearGroup,
      ]),
    ).toEqual([
      ["Siân O'Neill", '09:00', 45, 'booked', 'Library office', 11],
      ['مريم حسن', '09:45', 45, 'booked', 'Library office', 11],
      ['Chidi Okafor', '10:30', 45, 'booked', 'Library office', 11],
    ]);
    expect(after.counts.booked).toBe(3);
    expect(after.freeSlots).toEqual(['11:15']);
    // A pupil who cancels frees the slot for the next booking.
    setAppointment(open, { id: after.appointments[1]?.id ?? '', status: 'cancelled-by-pupil' }, contextAt(now));
    expect(
      book(open, { sessionId: session.id, clientIds: [idOf('Jones'), idOf('Brown')] }, contextAt(now)).booked.map(
        (booking) => booking.startsAt,
      ),
    ).toEqual(['09:45', '11:15']);
  });

  it('starts from a chosen time and steps past slots already taken', () => {
    const { session } = saveSession(open, schoolDay({ endsAt: '15:00', slotMinutes: 30 }), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor')], startsAt: '10:00' }, contextAt(now));
    const { booked } = book(
      open,
      { sessionId: session.id, clientIds: [idOf('Jones'), idOf('Brown')], startsAt: '09:30' },
      contextAt(now),
    );
    expect(booked.map((booking) => booking.startsAt)).toEqual(['09:30', '10:30']);
  });

  it('refuses pupils who do not fit, books none of them, and says how many slots are free', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    const six = ["O'Neill", 'حسن', 'Okafor', 'Jones', 'Brown', 'Patel'].map(idOf);
    expect(() => book(open, { sessionId: session.id, clientIds: six }, contextAt(now))).toThrow(
      'Only 4 slots are free in this session (09:00 to 12:00, 45 minutes each), and 6 pupils were chosen. Choose fewer pupils, or lengthen the session. Nothing was booked.',
    );
    expect(getSession(open, { id: session.id }).appointments).toHaveLength(0);
  });

  it('refuses a time outside the session, and a pupil not on that organisation roll', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    expect(() =>
      book(open, { sessionId: session.id, clientIds: [idOf('Okafor')], startsAt: '08:15' }, contextAt(now)),
    ).toThrow(
      '08:15 is outside the session (09:00 to 12:00, slots of 45 minutes). Choose a time inside it. Nothing was booked.',
    );
    // 11:30 starts inside, but a 45-minute slot would run past 12:00.
    expect(() =>
      book(open, { sessionId: session.id, clientIds: [idOf('Okafor')], startsAt: '11:30' }, contextAt(now)),
    ).toThrow(/is outside the session/);
    importRoll(
      open,
      {
        organisationName: 'Southgate College',
        csv: 'UPN,Surname,Forename,DOB,Year\nB1,Evans,Dewi,01/01/2009,13',
        isDryRun: false,
      },
      contextAt(now),
    );
    expect(() =>
      book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Evans')] }, contextAt(now)),
    ).toThrow(
      "One pupil chosen is not on Northfield Academy's roll. Book pupils from its caseload. Nothing was booked.",
    );
    expect(getSession(open, { id: session.id }).appointments).toHaveLength(0);
    // An appointment moved outside the session is refused as well.
    const { booked } = book(open, { sessionId: session.id, clientIds: [idOf('Okafor')] }, contextAt(now));
    const appointmentId = getSession(open, { id: session.id }).appointments[0]?.id ?? '';
    expect(booked).toHaveLength(1);
    expect(() => setAppointment(open, { id: appointmentId, startsAt: '12:30' }, contextAt(now))).toThrow(
      /12:30 is outside the session \(09:00 to 12:00\)/,
    );
  });

  it('moves an appointment to a free time, counting the change, but not onto another pupil', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Jones')] }, contextAt(now));
    const [chidi, cerys] = getSession(open, { id: session.id }).appointments;
    expect(() => setAppointment(open, { id: cerys?.id ?? '', startsAt: '09:30' }, contextAt(now))).toThrow(
      'Another pupil is booked at 09:00. Choose a free time.',
    );
    const moved = setAppointment(
      open,
      { id: cerys?.id ?? '', startsAt: '11:15', room: 'Room 4', notes: 'Bring her options form' },
      contextAt(now),
    );
    expect([moved.startsAt, moved.room, moved.notes, moved.status]).toEqual([
      '11:15',
      'Room 4',
      'Bring her options form',
      'booked',
    ]);
    expect(sequenceOf('appointments', cerys?.id ?? '')).toBe(1);
    expect(sequenceOf('appointments', chidi?.id ?? '')).toBe(0);
    // Its old slot is free again.
    expect(getSession(open, { id: session.id }).freeSlots).toEqual(['09:45', '10:30']);
  });

  it('does not book a pupil twice into one session', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor')] }, contextAt(now));
    expect(() =>
      book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Jones')] }, contextAt(now)),
    ).toThrow('One pupil chosen is already booked into this session. Take them out of the choice. Nothing was booked.');
  });

  it('offers the organisation sessions from today on to book into', () => {
    saveSession(open, schoolDay({ heldOn: '2026-11-20' }), contextAt(now));
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    expect(upcomingSessions(open, { organisationId, from: '2026-11-23' }).map((upcoming) => upcoming.id)).toEqual([
      session.id,
    ]);
  });
});

describe('today and the interview', () => {
  it('shows who is next and the actions they agreed last time', () => {
    const earlier = startInterviewRecord(
      open,
      { clientId: idOf('حسن'), templateId: listTemplates(open)[0]?.id ?? '', heldOn: '2026-10-01' },
      contextAt(now),
    );
    addAction(
      open,
      earlier.id,
      { text: 'Look at the sixth-form prospectus', owner: 'Client', dueOn: null },
      contextAt(now),
    );
    const { session } = saveSession(open, schoolDay({ heldOn: '2026-11-23' }), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf("O'Neill"), idOf('حسن')] }, contextAt(now));
    const [first, second] = getSession(open, { id: session.id }).appointments;
    let today = diaryToday(open, { date: '2026-11-23' });
    expect(today.nextAppointmentId).toBe(first?.id);
    setAppointment(open, { id: first?.id ?? '', status: 'did-not-attend' }, contextAt(now));
    today = diaryToday(open, { date: '2026-11-23' });
    expect(today.nextAppointmentId).toBe(second?.id);
    expect(today.actionsByClient[idOf('حسن')]?.map((action) => action.text)).toEqual([
      'Look at the sixth-form prospectus',
    ]);
    expect(today.sessions[0]?.counts['did-not-attend']).toBe(1);
    // Nobody booked on another day.
    expect(diaryToday(open, { date: '2026-11-24' }).nextAppointmentId).toBeNull();
  });

  it('starts the interview at the appointment, links it and marks the pupil seen; starting again opens the same one', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf("O'Neill")] }, contextAt(now));
    const appointment = getSession(open, { id: session.id }).appointments.find(
      (shown) => shown.clientName === "Siân O'Neill",
    );
    const { interviewId } = startInterview(open, { appointmentId: appointment?.id ?? '' }, contextAt(now));
    const interview = getInterview(open, interviewId);
    expect([
      interview.clientName,
      interview.heldOn,
      interview.startsAt,
      interview.durationMinutes,
      interview.place,
      interview.organisationId,
    ]).toEqual(["Siân O'Neill", '2026-11-25', '09:45', 45, 'Library office', organisationId]);
    const after = getSession(open, { id: session.id }).appointments.find((shown) => shown.id === appointment?.id);
    expect([after?.status, after?.interviewId]).toEqual(['seen', interviewId]);
    expect(startInterview(open, { appointmentId: appointment?.id ?? '' }, contextAt(now)).interviewId).toBe(
      interviewId,
    );
    expect(listForClient(open, idOf("O'Neill"))).toHaveLength(1);
    expect(sequenceOf('appointments', appointment?.id ?? '')).toBe(1);
  });
});

describe('removing a session', () => {
  it('removes a session with its booked appointments', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Jones')] }, contextAt(now));
    expect(removeSession(open, { id: session.id })).toEqual({ removedAppointments: 2 });
    expect(() => getSession(open, { id: session.id })).toThrow(/not in the vault/);
    expect((open.sqlite.prepare('SELECT count(*) AS count FROM appointments').get() as { count: number }).count).toBe(
      0,
    );
  });

  it('refuses, plainly, while a pupil was seen or did not attend, and removes nothing', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Jones')] }, contextAt(now));
    setAppointment(
      open,
      { id: getSession(open, { id: session.id }).appointments[0]?.id ?? '', status: 'did-not-attend' },
      contextAt(now),
    );
    expect(() => removeSession(open, { id: session.id })).toThrow(
      'This session cannot be removed: one pupil was seen or did not attend, which is part of the record (and of the hours used). Change the session instead. Nothing was removed.',
    );
    expect(getSession(open, { id: session.id }).appointments).toHaveLength(2);
  });

  it('keeps the date of a session where pupils were seen or did not attend, but moves one with pupils only booked', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(open, { sessionId: session.id, clientIds: [idOf('Okafor')] }, contextAt(now));
    expect(saveSession(open, schoolDay({ id: session.id, heldOn: '2026-11-26' }), contextAt(now)).session.heldOn).toBe(
      '2026-11-26',
    );
    setAppointment(
      open,
      { id: getSession(open, { id: session.id }).appointments[0]?.id ?? '', status: 'did-not-attend' },
      contextAt(now),
    );
    expect(() => saveSession(open, schoolDay({ id: session.id, heldOn: '2026-11-27' }), contextAt(now))).toThrow(
      'Pupils were seen (or did not attend) at this session on its day, so its date stays. Plan a new session for the other day. Nothing was saved.',
    );
    expect(getSession(open, { id: session.id }).heldOn).toBe('2026-11-26');
  });

  it('refuses to shorten a session past an appointment booked in it', () => {
    const { session } = saveSession(open, schoolDay(), contextAt(now));
    book(
      open,
      { sessionId: session.id, clientIds: [idOf('Okafor'), idOf('Jones'), idOf('Brown'), idOf('Patel')] },
      contextAt(now),
    );
    expect(() => saveSession(open, schoolDay({ id: session.id, endsAt: '11:00' }), contextAt(now))).toThrow(
      "2 appointments fall outside 09:00 to 11:00. Move or cancel them first, or keep the session's times. Nothing was saved.",
    );
    expect(getSession(open, { id: session.id }).endsAt).toBe('12:00');
  });
});

describe('the clock and ids the diary is given', () => {
  it('gives a session and its bookings the ids handed out, and the frozen time', () => {
    const frozen = fixedContext({
      now: '2026-11-20T16:45:00Z',
      ids: ['da000000-0000-4000-8000-000000000001', 'da000000-0000-4000-8000-000000000002'],
    });
    const { session } = saveSession(open, schoolDay(), frozen);
    expect(session.id).toBe('da000000-0000-4000-8000-000000000001');
    const { booked } = book(open, { sessionId: session.id, clientIds: [idOf("O'Neill")] }, frozen);
    expect(booked).toHaveLength(1);
    expect(
      open.sqlite.prepare('SELECT id, created_at AS createdAt FROM appointments WHERE session_id = ?').all(session.id),
    ).toEqual([{ id: 'da000000-0000-4000-8000-000000000002', createdAt: '2026-11-20T16:45:00.000Z' }]);
    expect(open.sqlite.prepare('SELECT created_at AS createdAt FROM diary_sessions').all()).toEqual([
      { createdAt: '2026-11-20T16:45:00.000Z' },
    ]);
  });
});
