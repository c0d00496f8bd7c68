// Appointments: pupils booked into a session's slots, what became of each,
// and the interview held at one. Each change counts in `sequence`, so a
// calendar that imported it takes the next export as an update.
import { eq, sql } from 'drizzle-orm';
import type { DiaryAppointment, DiarySession } from '../../../shared/contract/diary';
import { freeSlots, isSlotReleased, minutesOfDay, type AppointmentStatus } from '../../../shared/diary';
import { appointments, diarySessions } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { startInterview as startInterviewRecord } from '../interviews';
import { listTemplates } from '../templates';
import { getAppointment, getSession } from './read';
import { type ServiceContext, systemContext } from '../context';

const pupils = (count: number) => (count === 1 ? 'One pupil' : `${count} pupils`);

function isInside(session: DiarySession, startsAt: string, minutes: number): boolean {
  return (
    minutesOfDay(startsAt) >= minutesOfDay(session.startsAt) &&
    minutesOfDay(startsAt) + minutes <= minutesOfDay(session.endsAt)
  );
}

type Booking = { sessionId: string; clientIds: string[]; startsAt?: string | undefined };

/** Spreads the pupils, in the order chosen, over the session's free slots; all of them or none. */
export function book(
  vault: OpenVault,
  { sessionId, clientIds, startsAt }: Booking,
  context: ServiceContext = systemContext,
): { session: DiarySession; booked: { clientId: string; startsAt: string }[] } {
  const now = context.now();
  const session = getSession(vault, { id: sessionId });
  if (session.kind === 'travel' || session.kind === 'meeting') {
    throw new AppError(
      'VALIDATION',
      `Pupils are not booked into a ${session.kind === 'travel' ? 'travel' : 'meeting'} session. Choose a session for interviews, group work, a drop-in or a parents' evening.`,
    );
  }
  const chosen = [...new Set(clientIds)];
  const onRoll = vault.sqlite.prepare('SELECT 1 FROM clients WHERE id = ? AND organisation_id = ?');
  const strangers = chosen.filter((clientId) => onRoll.get(clientId, session.organisationId) === undefined);
  if (strangers.length > 0) {
    throw new AppError(
      'VALIDATION',
      `${strangers.length === 1 ? 'One pupil chosen is' : `${strangers.length} pupils chosen are`} not on ${session.organisationName}'s roll. Book pupils from its caseload. Nothing was booked.`,
    );
  }
  const taken = session.appointments.filter((appointment) => !isSlotReleased(appointment.status));
  const already = chosen.filter((clientId) => taken.some((appointment) => appointment.clientId === clientId));
  if (already.length > 0) {
    throw new AppError(
      'VALIDATION',
      `${pupils(already.length)} chosen ${already.length === 1 ? 'is' : 'are'} already booked into this session. Take them out of the choice. Nothing was booked.`,
    );
  }
  if (startsAt && !isInside(session, startsAt, session.slotMinutes)) {
    throw new AppError(
      'VALIDATION',
      `${startsAt} is outside the session (${session.startsAt} to ${session.endsAt}, slots of ${session.slotMinutes} minutes). Choose a time inside it. Nothing was booked.`,
    );
  }
  const slots = freeSlots({
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    slotMinutes: session.slotMinutes,
    taken,
    from: startsAt,
  });
  if (slots.length < chosen.length) {
    const free =
      slots.length === 0 ? 'No slots are' : slots.length === 1 ? 'Only one slot is' : `Only ${slots.length} slots are`;
    throw new AppError(
      'VALIDATION',
      `${free} free${startsAt ? ` from ${startsAt}` : ''} in this session (${session.startsAt} to ${session.endsAt}, ${session.slotMinutes} minutes each), and ${chosen.length} pupils were chosen. Choose fewer pupils, or lengthen the session. Nothing was booked.`,
    );
  }
  const timestamp = now.toISOString();
  const booked = chosen.map((clientId, index) => ({ clientId, startsAt: slots[index] ?? session.startsAt }));
  vault.db.transaction((tx) => {
    for (const booking of booked) {
      tx.insert(appointments)
        .values({
          id: context.newId(),
          sessionId,
          clientId: booking.clientId,
          startsAt: booking.startsAt,
          minutes: session.slotMinutes,
          room: session.room,
          createdAt: timestamp,
          updatedAt: timestamp,
        })
        .run();
    }
  });
  return { session: getSession(vault, { id: sessionId }), booked };
}

type AppointmentChange = {
  id: string;
  status?: AppointmentStatus | undefined;
  startsAt?: string | undefined;
  room?: string | undefined;
  notes?: string | undefined;
};

export function setAppointment(
  vault: OpenVault,
  { id, ...change }: AppointmentChange,
  context: ServiceContext = systemContext,
): DiaryAppointment {
  const now = context.now();
  const current = getAppointment(vault, id);
  if (change.startsAt !== undefined && change.startsAt !== current.startsAt) {
    const session = getSession(vault, { id: current.sessionId });
    if (!isInside(session, change.startsAt, current.minutes)) {
      throw new AppError(
        'VALIDATION',
        `${change.startsAt} is outside the session (${session.startsAt} to ${session.endsAt}). Choose a time inside it, or change the session's times first.`,
      );
    }
    const start = minutesOfDay(change.startsAt);
    const clash = session.appointments.find(
      (other) =>
        other.id !== id &&
        !isSlotReleased(other.status) &&
        minutesOfDay(other.startsAt) < start + current.minutes &&
        start < minutesOfDay(other.startsAt) + other.minutes,
    );
    if (clash) throw new AppError('VALIDATION', `Another pupil is booked at ${clash.startsAt}. Choose a free time.`);
  }
  vault.db
    .update(appointments)
    .set({ ...change, sequence: sql`${appointments.sequence} + 1`, updatedAt: now.toISOString() })
    .where(eq(appointments.id, id))
    .run();
  return getAppointment(vault, id);
}

/**
 * Starts the interview held at an appointment, the way interviews.start does
 * (on the session's day, at the appointment's time and room), links it and
 * marks the pupil seen. Starting again returns the interview already started.
 */
export function startInterview(
  vault: OpenVault,
  { appointmentId, templateId }: { appointmentId: string; templateId?: string | undefined },
  context: ServiceContext = systemContext,
): { interviewId: string } {
  const now = context.now();
  const appointment = getAppointment(vault, appointmentId);
  if (appointment.interviewId) return { interviewId: appointment.interviewId };
  const session = vault.db
    .select({ heldOn: diarySessions.heldOn, room: diarySessions.room })
    .from(diarySessions)
    .where(eq(diarySessions.id, appointment.sessionId))
    .get();
  if (!session) throw new AppError('NOT_FOUND', "That appointment's session is not in the vault.");
  const template = templateId ?? listTemplates(vault)[0]?.id;
  if (!template)
    throw new AppError('NOT_FOUND', 'There is no guidance model to start the interview with. Add one under Templates.');
  return vault.db.transaction(() => {
    const interview = startInterviewRecord(
      vault,
      {
        clientId: appointment.clientId,
        templateId: template,
        heldOn: session.heldOn,
        startsAt: appointment.startsAt,
        mode: 'in-person',
        place: appointment.room || session.room,
        durationMinutes: Math.min(480, Math.max(5, appointment.minutes)),
      },
      context,
    );
    vault.db
      .update(appointments)
      .set({
        interviewId: interview.id,
        status: 'seen',
        sequence: sql`${appointments.sequence} + 1`,
        updatedAt: now.toISOString(),
      })
      .where(eq(appointments.id, appointmentId))
      .run();
    return { interviewId: interview.id };
  });
}
