// Planning sessions: a day (or part of one) at an organisation. Overlapping
// another session is allowed (travel, a meeting squeezed in) but said; a
// session with pupils seen or not attended is part of the record and stays.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DiarySession, DiarySessionInput } from '../../../shared/contract/diary';
import { isSlotReleased, minutesOfDay } from '../../../shared/diary';
import { appointments, diarySessions, organisations } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { getSession, sessionNotFound } from './read';
import { type ServiceContext, systemContext } from '../context';

function overlapWarning(vault: OpenVault, input: DiarySessionInput, id: string): string | null {
  const clashes = vault.sqlite
    .prepare(
      `SELECT o.name AS organisationName, s.starts_at AS startsAt, s.ends_at AS endsAt FROM diary_sessions s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.held_on = @heldOn AND s.id <> @id AND s.starts_at < @endsAt AND @startsAt < s.ends_at ORDER BY s.starts_at`,
    )
    .all({ heldOn: input.heldOn, id, startsAt: input.startsAt, endsAt: input.endsAt }) as {
    organisationName: string;
    startsAt: string;
    endsAt: string;
  }[];
  if (clashes.length === 0) return null;
  const described = clashes.map((clash) => `${clash.organisationName} ${clash.startsAt} to ${clash.endsAt}`).join('; ');
  return `This overlaps ${clashes.length === 1 ? 'another session' : `${clashes.length} other sessions`} that day (${described}). It is saved; check the times if that was not meant.`;
}

export function saveSession(
  vault: OpenVault,
  input: DiarySessionInput,
  context: ServiceContext = systemContext,
): { session: DiarySession; warning: string | null } {
  const now = context.now();
  const { db } = vault;
  if (minutesOfDay(input.endsAt) <= minutesOfDay(input.startsAt)) {
    throw new AppError(
      'VALIDATION',
      `The session ends at ${input.endsAt}, which is not after it starts (${input.startsAt}). Give an end time later than the start.`,
    );
  }
  if (
    !db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
  ) {
    throw new AppError('NOT_FOUND', 'That organisation is not in the vault.');
  }
  const { id: givenId, ...fields } = input;
  const id = givenId ?? context.newId();
  const timestamp = now.toISOString();
  db.transaction(() => {
    if (!givenId) {
      db.insert(diarySessions)
        .values({ id, ...fields, createdAt: timestamp, updatedAt: timestamp })
        .run();
      return;
    }
    const existing = db.select().from(diarySessions).where(eq(diarySessions.id, givenId)).get();
    if (!existing) throw sessionNotFound();
    const all = db.select().from(appointments).where(eq(appointments.sessionId, givenId)).all();
    if (
      existing.heldOn !== input.heldOn &&
      all.some((appointment) => appointment.status === 'seen' || appointment.status === 'did-not-attend')
    ) {
      throw new AppError(
        'VALIDATION',
        'Pupils were seen (or did not attend) at this session on its day, so its date stays. Plan a new session for the other day. Nothing was saved.',
      );
    }
    const booked = all.filter((appointment) => !isSlotReleased(appointment.status));
    if (booked.length > 0 && existing.organisationId !== input.organisationId) {
      throw new AppError(
        'VALIDATION',
        'Pupils are booked into this session, so it stays with its organisation. Plan a new session for the other organisation instead.',
      );
    }
    const outside = booked.filter(
      (appointment) =>
        minutesOfDay(appointment.startsAt) < minutesOfDay(input.startsAt) ||
        minutesOfDay(appointment.startsAt) + appointment.minutes > minutesOfDay(input.endsAt),
    );
    if (outside.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${outside.length === 1 ? 'One appointment falls' : `${outside.length} appointments fall`} outside ${input.startsAt} to ${input.endsAt}. Move or cancel ${outside.length === 1 ? 'it' : 'them'} first, or keep the session's times. Nothing was saved.`,
      );
    }
    db.update(diarySessions)
      .set({ ...fields, sequence: sql`${diarySessions.sequence} + 1`, updatedAt: timestamp })
      .where(eq(diarySessions.id, givenId))
      .run();
  });
  return { session: getSession(vault, { id }), warning: overlapWarning(vault, input, id) };
}

export function removeSession({ db }: OpenVault, { id }: { id: string }): { removedAppointments: number } {
  return db.transaction(() => {
    if (!db.select({ id: diarySessions.id }).from(diarySessions).where(eq(diarySessions.id, id)).get())
      throw sessionNotFound();
    const held = db
      .select({ id: appointments.id })
      .from(appointments)
      .where(and(eq(appointments.sessionId, id), inArray(appointments.status, ['seen', 'did-not-attend'])))
      .all();
    if (held.length > 0) {
      throw new AppError(
        'VALIDATION',
        `This session cannot be removed: ${held.length === 1 ? 'one pupil was' : `${held.length} pupils were`} seen or did not attend, which is part of the record (and of the hours used). Change the session instead. Nothing was removed.`,
      );
    }
    const { changes } = db.delete(appointments).where(eq(appointments.sessionId, id)).run();
    db.delete(diarySessions).where(eq(diarySessions.id, id)).run();
    return { removedAppointments: changes };
  });
}
