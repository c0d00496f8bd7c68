// The calendar room's door: the diary as an iCalendar (.ics) file. It names no
// pupil unless the adviser chooses initials, and never carries notes.
import { calendarMaxDays, daysBetween, type CalendarNameChoice } from '../../../shared/calendar';
import { formatUkDate } from '../../../shared/dates';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { diaryCalendar, type CalendarAppointment, type CalendarSession } from './ics';
import { type ServiceContext, systemContext } from '../context';

export type CalendarRequest = { from: string; to: string; includeAppointments: boolean; names: CalendarNameChoice };

export function exportCalendar(
  vault: OpenVault,
  { from, to, includeAppointments, names }: CalendarRequest,
  context: ServiceContext = systemContext,
): { fileName: string; ics: string; sessions: number; appointments: number } {
  const now = context.now();
  if (to < from)
    throw new AppError(
      'VALIDATION',
      `The range ends on ${formatUkDate(to)}, before it starts on ${formatUkDate(from)}. Choose an end date on or after the start.`,
    );
  const days = daysBetween(from, to);
  if (!Number.isFinite(days)) throw new AppError('VALIDATION', 'Enter real dates, such as 01/09/2026.');
  if (days > calendarMaxDays)
    throw new AppError(
      'VALIDATION',
      `Export at most ${calendarMaxDays} days at a time (about a school year and a term). Choose a shorter range.`,
    );
  const sessions = vault.sqlite
    .prepare(
      `SELECT s.id, o.name AS organisationName, s.held_on AS heldOn, s.starts_at AS startsAt, s.ends_at AS endsAt, s.kind, s.room, s.sequence
         FROM diary_sessions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.held_on BETWEEN @from AND @to ORDER BY s.held_on, s.starts_at, s.id`,
    )
    .all({ from, to }) as CalendarSession[];
  const appointments = includeAppointments
    ? (vault.sqlite
        .prepare(
          `SELECT a.id, a.session_id AS sessionId, a.starts_at AS startsAt, a.minutes, a.room, a.status, a.sequence,
                  CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS clientName
             FROM appointments a JOIN diary_sessions s ON s.id = a.session_id JOIN clients c ON c.id = a.client_id
            WHERE s.held_on BETWEEN @from AND @to ORDER BY s.held_on, a.starts_at, a.id`,
        )
        .all({ from, to }) as CalendarAppointment[])
    : [];
  return {
    fileName: `Waymark diary ${from} to ${to}.ics`,
    ics: diaryCalendar({ sessions, appointments, names, stamp: now }),
    sessions: sessions.length,
    appointments: appointments.length,
  };
}
