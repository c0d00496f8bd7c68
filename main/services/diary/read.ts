// Reading the diary: sessions with their organisation, their appointments
// with each pupil's name and year group, counted by status. Two queries for
// any range of days, so a busy week opens at once.
import type { DiaryAppointment, DiarySession } from '../../../shared/contract/diary';
import {
  appointmentStatuses,
  freeSlots,
  isSlotReleased,
  type AppointmentStatus,
  type DiarySessionKind,
} from '../../../shared/diary';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';

type SessionRow = Omit<DiarySession, 'counts' | 'freeSlots' | 'appointments'> & { kind: DiarySessionKind };

const sessionColumns = `s.id, s.organisation_id AS organisationId, o.name AS organisationName, s.held_on AS heldOn, s.starts_at AS startsAt,
  s.ends_at AS endsAt, s.kind, s.slot_minutes AS slotMinutes, s.room, s.notes`;

const appointmentColumns = `a.id, a.session_id AS sessionId, a.client_id AS clientId,
  CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS clientName,
  c.year_group AS yearGroup, c.tutor_group AS tutorGroup, a.starts_at AS startsAt, a.minutes, a.room, a.status,
  a.interview_id AS interviewId, a.notes`;

export const sessionNotFound = () =>
  new AppError('NOT_FOUND', 'That diary session is not in the vault (it may have been removed).');

/** Sessions matching a condition on `s` (diary_sessions) and `o` (organisations), in day and time order. */
function readSessions({ sqlite }: OpenVault, where: string, parameters: Record<string, string>): DiarySession[] {
  const rows = sqlite
    .prepare(
      `SELECT ${sessionColumns} FROM diary_sessions s JOIN organisations o ON o.id = s.organisation_id WHERE ${where} ORDER BY s.held_on, s.starts_at, o.name COLLATE NOCASE, s.id`,
    )
    .all(parameters) as SessionRow[];
  if (rows.length === 0) return [];
  const appointments = sqlite
    .prepare(
      `SELECT ${appointmentColumns} FROM appointments a JOIN clients c ON c.id = a.client_id
        WHERE a.session_id IN (SELECT s.id FROM diary_sessions s JOIN organisations o ON o.id = s.organisation_id WHERE ${where})
        ORDER BY a.starts_at, c.surname COLLATE NOCASE, a.id`,
    )
    .all(parameters) as DiaryAppointment[];
  const bySession = new Map<string, DiaryAppointment[]>();
  for (const appointment of appointments)
    bySession.set(appointment.sessionId, [...(bySession.get(appointment.sessionId) ?? []), appointment]);
  return rows.map((row) => withAppointments(row, bySession.get(row.id) ?? []));
}

function withAppointments(row: SessionRow, appointments: DiaryAppointment[]): DiarySession {
  const counts = Object.fromEntries(appointmentStatuses.map((status) => [status, 0])) as Record<
    AppointmentStatus,
    number
  >;
  for (const appointment of appointments) counts[appointment.status] += 1;
  const taken = appointments.filter((appointment) => !isSlotReleased(appointment.status));
  return {
    ...row,
    counts,
    freeSlots: freeSlots({ startsAt: row.startsAt, endsAt: row.endsAt, slotMinutes: row.slotMinutes, taken }),
    appointments,
  };
}

export function getSession(vault: OpenVault, { id }: { id: string }): DiarySession {
  const [session] = readSessions(vault, 's.id = @id', { id });
  if (!session) throw sessionNotFound();
  return session;
}

export function sessionsBetween(vault: OpenVault, { from, to }: { from: string; to: string }): DiarySession[] {
  return readSessions(vault, 's.held_on BETWEEN @from AND @to', { from, to });
}

export function upcomingSessions(
  vault: OpenVault,
  { organisationId, from }: { organisationId: string; from: string },
): DiarySession[] {
  return readSessions(vault, 's.organisation_id = @organisationId AND s.held_on >= @from', {
    organisationId,
    from,
  }).slice(0, 50);
}

export function getAppointment(vault: OpenVault, id: string): DiaryAppointment {
  const appointment = vault.sqlite
    .prepare(`SELECT ${appointmentColumns} FROM appointments a JOIN clients c ON c.id = a.client_id WHERE a.id = ?`)
    .get(id) as DiaryAppointment | undefined;
  if (!appointment) throw new AppError('NOT_FOUND', 'That appointment is not in the vault (it may have been removed).');
  return appointment;
}

export function appointmentsForClient(
  vault: OpenVault,
  { clientId }: { clientId: string },
): (DiaryAppointment & { heldOn: string; organisationName: string })[] {
  return vault.sqlite
    .prepare(
      `SELECT ${appointmentColumns}, s.held_on AS heldOn, o.name AS organisationName
         FROM appointments a JOIN clients c ON c.id = a.client_id JOIN diary_sessions s ON s.id = a.session_id JOIN organisations o ON o.id = s.organisation_id
        WHERE a.client_id = ? ORDER BY s.held_on DESC, a.starts_at DESC`,
    )
    .all(clientId) as (DiaryAppointment & { heldOn: string; organisationName: string })[];
}
