// The diary as an .ics file, read back with a maintained iCalendar parser
// (node-ical): sessions at the right time in winter (GMT) and summer (BST),
// no pupil named unless initials are chosen, and the same events updated
// (same UID, higher SEQUENCE) when a session changes and is exported again.
import ical, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { book, saveSession, setAppointment } from '../../main/services/diary';
import { exportCalendar } from '../../main/services/calendar';
import type { DiarySessionInput } from '../../shared/contract/diary';
import type { OpenVault, Vault } from '../../main/vault';
import { makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-01-05T08:00:00Z');
const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,,04/05/2011,11,11A",
  'A2,Okafor,Chidi,,02/02/2011,11,11A',
  'A3,Brown,Alfie,,05/05/2011,11,11A',
].join('\n');
const wholeYear = { from: '2026-01-01', to: '2026-12-31' };

let vault: Vault;
let open: OpenVault;
let organisationId: string;
let idOf: (surname: string) => string;

beforeEach(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  idOf = made.clientIdOf;
  organisationId = (open.sqlite.prepare('SELECT organisation_id AS id FROM clients LIMIT 1').get() as { id: string })
    .id;
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

const session = (overrides: Partial<DiarySessionInput>) =>
  saveSession(
    open,
    {
      organisationId,
      heldOn: '2026-01-15',
      startsAt: '09:00',
      endsAt: '12:00',
      kind: 'interviews',
      slotMinutes: 45,
      room: 'Library office',
      notes: 'Ask Siân about the open day',
      ...overrides,
    },
    contextAt(now),
  ).session;

function events(ics: string): VEvent[] {
  return Object.values(ical.sync.parseICS(ics)).filter(
    (component): component is VEvent => component?.type === 'VEVENT',
  );
}

const summaryOf = (event: VEvent) => (typeof event.summary === 'string' ? event.summary : event.summary.val);

describe('the calendar file', () => {
  it('puts a 09:00 session at 09:00 London time in winter (GMT) and in summer (BST)', () => {
    const winter = session({ heldOn: '2026-01-15', startsAt: '09:00', endsAt: '12:00' });
    const summer = session({ heldOn: '2026-07-08', startsAt: '09:00', endsAt: '15:30', kind: 'group-work', room: '' });
    const { ics, sessions } = exportCalendar(
      open,
      { ...wholeYear, includeAppointments: false, names: 'none' },
      contextAt(now),
    );
    expect(sessions).toBe(2);
    const parsed = events(ics);
    const byUid = new Map(parsed.map((event) => [event.uid, event]));
    const january = byUid.get(`${winter.id}@waymark`);
    const july = byUid.get(`${summer.id}@waymark`);
    expect(january?.start.toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(january?.end?.toISOString()).toBe('2026-01-15T12:00:00.000Z');
    // 09:00 BST is 08:00 UTC.
    expect(july?.start.toISOString()).toBe('2026-07-08T08:00:00.000Z');
    expect(july?.end?.toISOString()).toBe('2026-07-08T14:30:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Europe/London:20260708T090000');
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London/);
    expect(summaryOf(january as VEvent)).toBe('Careers guidance at Northfield Academy');
    expect(summaryOf(july as VEvent)).toBe('Careers group work at Northfield Academy');
    expect(january?.location).toBe('Library office, Northfield Academy');
    expect(july?.location).toBe('Northfield Academy');
  });

  it('never names a pupil by default, nor carries the session notes', () => {
    const planned = session({});
    book(open, { sessionId: planned.id, clientIds: [idOf("O'Neill"), idOf('Okafor')] }, contextAt(now));
    const { ics, appointments } = exportCalendar(
      open,
      { ...wholeYear, includeAppointments: true, names: 'none' },
      contextAt(now),
    );
    expect(appointments).toBe(2);
    for (const word of ['Siân', "O'Neill", 'Okafor', 'Chidi', 'open day', 'S. O.']) expect(ics).not.toContain(word);
    const booked = events(ics).filter((event) => summaryOf(event) === 'Appointment');
    expect(booked.map((event) => event.start.toISOString())).toEqual([
      '2026-01-15T09:00:00.000Z',
      '2026-01-15T09:45:00.000Z',
    ]);
    expect(booked[0]?.end?.toISOString()).toBe('2026-01-15T09:45:00.000Z');
  });

  it('gives initials when the adviser chooses them, and marks a cancelled appointment cancelled', () => {
    const planned = session({ heldOn: '2026-06-10' });
    const { session: withPupils } = book(
      open,
      { sessionId: planned.id, clientIds: [idOf("O'Neill"), idOf('Okafor')] },
      contextAt(now),
    );
    const chidi = withPupils.appointments.find((appointment) => appointment.clientId === idOf('Okafor'));
    setAppointment(open, { id: chidi?.id ?? '', status: 'cancelled-by-pupil' }, contextAt(now));
    const { ics } = exportCalendar(
      open,
      { ...wholeYear, includeAppointments: true, names: 'initials' },
      contextAt(now),
    );
    const parsed = events(ics);
    const sian = parsed.find((event) => summaryOf(event) === 'Appointment: S. O.');
    expect(sian?.start.toISOString()).toBe('2026-06-10T08:00:00.000Z');
    expect(parsed.find((event) => summaryOf(event) === 'Appointment: C. O.')?.status).toBe('CANCELLED');
    expect(ics).not.toContain('Siân');
  });

  it('keeps the same UID across exports and raises SEQUENCE when a session changes', () => {
    const planned = session({});
    const first = events(
      exportCalendar(open, { ...wholeYear, includeAppointments: false, names: 'none' }, contextAt(now)).ics,
    );
    saveSession(
      open,
      {
        organisationId,
        id: planned.id,
        heldOn: '2026-01-15',
        startsAt: '10:00',
        endsAt: '13:00',
        kind: 'interviews',
        slotMinutes: 45,
        room: 'Room 12',
        notes: '',
      },
      contextAt(now),
    );
    const second = events(
      exportCalendar(
        open,
        { ...wholeYear, includeAppointments: false, names: 'none' },
        contextAt(new Date('2026-01-06T08:00:00Z')),
      ).ics,
    );
    expect(first.map((event) => event.uid)).toEqual([`${planned.id}@waymark`]);
    expect(second.map((event) => event.uid)).toEqual([`${planned.id}@waymark`]);
    expect(Number(second[0]?.sequence)).toBeGreaterThan(Number(first[0]?.sequence));
    expect(second[0]?.start.toISOString()).toBe('2026-01-15T10:00:00.000Z');
    expect(second[0]?.location).toBe('Room 12, Northfield Academy');
  });

  it('refuses a range that ends before it starts, in plain English', () => {
    expect(() =>
      exportCalendar(
        open,
        { from: '2026-03-01', to: '2026-02-01', includeAppointments: false, names: 'none' },
        contextAt(now),
      ),
    ).toThrow(
      'The range ends on 1 February 2026, before it starts on 1 March 2026. Choose an end date on or after the start.',
    );
  });
});

describe('the clock a calendar is given', () => {
  it('stamps the file with the frozen time', () => {
    session({ heldOn: '2026-01-15' });
    const { ics } = exportCalendar(
      open,
      { ...wholeYear, includeAppointments: false, names: 'none' },
      fixedContext({ now: '2027-01-05T14:30:00Z' }),
    );
    expect(ics).toContain('DTSTAMP:20270105T143000Z');
  });
});
