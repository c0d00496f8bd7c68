// Writes the diary as an iCalendar file with ical-generator. Times are the
// school's wall-clock times with TZID=Europe/London and the zone's rules
// (VTIMEZONE), so a 09:00 session is at 09:00 in winter (GMT) and in summer
// (BST) whatever zone the importing computer is in. UIDs are the rows' ids and
// SEQUENCE their change count, so importing again updates the same events.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { calendarSummary, initialsOf, type CalendarNameChoice } from '../../../shared/calendar';
import type { DiarySessionKind } from '../../../shared/diary';

export type CalendarSession = {
  id: string;
  organisationName: string;
  heldOn: string;
  startsAt: string;
  endsAt: string;
  kind: DiarySessionKind;
  room: string;
  sequence: number;
};

export type CalendarAppointment = {
  id: string;
  sessionId: string;
  clientName: string;
  startsAt: string;
  minutes: number;
  room: string;
  status: string;
  sequence: number;
};

const timeZone = 'Europe/London';

// The UK's rules since 1996: BST from 01:00 GMT on the last Sunday of March,
// GMT from 02:00 BST on the last Sunday of October.
const europeLondon = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** A wall-clock time with no zone of its own; the event's TZID says where it is. */
const wallClock = (date: string, time: string) => `${date}T${time}:00`;

function addMinutes(time: string, minutes: number): { time: string; days: number } {
  const total = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes;
  const inDay = ((total % 1440) + 1440) % 1440;
  return {
    time: `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`,
    days: Math.floor(total / 1440),
  };
}

const place = (room: string, organisationName: string) => [room.trim(), organisationName].filter(Boolean).join(', ');

const released = new Set(['cancelled-by-school', 'cancelled-by-pupil', 'rearranged']);

export function diaryCalendar({
  sessions,
  appointments,
  names,
  stamp,
}: {
  sessions: CalendarSession[];
  appointments: CalendarAppointment[];
  names: CalendarNameChoice;
  stamp: Date;
}): string {
  // name: null keeps DTSTAMP in UTC as RFC 5545 asks; the generator still writes the zone the events use.
  // PUBLISH: a calendar to import, not an invitation; Outlook treats it so.
  const calendar = ical({
    prodId: { company: 'Waymark', product: 'Diary', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Waymark diary',
    timezone: { name: null, generator: (zone) => (zone === timeZone ? europeLondon : null) },
  });
  const sessionsById = new Map(sessions.map((session) => [session.id, session]));
  for (const session of sessions) {
    calendar.createEvent({
      id: `${session.id}@waymark`,
      sequence: session.sequence,
      stamp,
      start: wallClock(session.heldOn, session.startsAt),
      end: wallClock(session.heldOn, session.endsAt),
      timezone: timeZone,
      summary: calendarSummary(session.kind, session.organisationName),
      location: place(session.room, session.organisationName),
      description: 'From the Waymark diary. Pupils’ details stay in Waymark.',
    });
  }
  for (const appointment of appointments) {
    const session = sessionsById.get(appointment.sessionId);
    if (!session) continue;
    const ends = addMinutes(appointment.startsAt, appointment.minutes);
    calendar.createEvent({
      id: `${appointment.id}@waymark`,
      sequence: appointment.sequence,
      stamp,
      start: wallClock(session.heldOn, appointment.startsAt),
      end: wallClock(session.heldOn, ends.days > 0 ? '23:59' : ends.time),
      timezone: timeZone,
      summary: names === 'initials' ? `Appointment: ${initialsOf(appointment.clientName)}` : 'Appointment',
      location: place(appointment.room || session.room, session.organisationName),
      // A cancelled appointment stays in the file as cancelled, so a calendar that imported it drops it.
      ...(released.has(appointment.status) ? { status: ICalEventStatus.CANCELLED } : {}),
    });
  }
  return calendar.toString();
}
