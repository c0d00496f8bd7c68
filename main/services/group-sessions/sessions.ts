// Group sessions: one organisation, a day, a kind and who attended. Saving
// replaces the attendance in the same transaction, so a session is never
// left half-recorded.
import { desc, eq, sql } from 'drizzle-orm';
import type {
  GroupSession,
  GroupSessionInput,
  GroupSessionPupil,
  GroupSessionSummary,
} from '../../../shared/contract/group-sessions';
import { groupSessionAttendees, groupSessions, organisations } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

const notFound = () => new AppError('NOT_FOUND', 'That group session is not in the vault (it may have been removed).');

export function listSessions({ db }: OpenVault, { organisationId }: { organisationId: string }): GroupSessionSummary[] {
  const attendeeCount = sql<number>`(SELECT count(*) FROM ${groupSessionAttendees} WHERE ${groupSessionAttendees.sessionId} = ${groupSessions.id})`;
  return db
    .select({
      id: groupSessions.id,
      organisationId: groupSessions.organisationId,
      heldOn: groupSessions.heldOn,
      kind: groupSessions.kind,
      title: groupSessions.title,
      minutes: groupSessions.minutes,
      attendeeCount,
    })
    .from(groupSessions)
    .where(eq(groupSessions.organisationId, organisationId))
    .orderBy(desc(groupSessions.heldOn), desc(groupSessions.createdAt))
    .all();
}

export function getSession(vault: OpenVault, { id }: { id: string }): GroupSession {
  const session = vault.db.select().from(groupSessions).where(eq(groupSessions.id, id)).get();
  if (!session) throw notFound();
  const attendees = vault.sqlite
    .prepare(
      `SELECT c.id AS clientId, CASE WHEN c.preferred_name <> '' THEN c.preferred_name ELSE c.forename END || ' ' || c.surname AS name,
              c.year_group AS yearGroup, c.tutor_group AS tutorGroup
         FROM group_session_attendees a JOIN clients c ON c.id = a.client_id
        WHERE a.session_id = ?
        ORDER BY c.year_group, c.surname COLLATE NOCASE, c.forename COLLATE NOCASE`,
    )
    .all(id) as GroupSessionPupil[];
  return { ...session, attendeeCount: attendees.length, attendees };
}

export function saveSession(
  vault: OpenVault,
  input: GroupSessionInput,
  context: ServiceContext = systemContext,
): GroupSession {
  const now = context.now();
  const { db, sqlite } = vault;
  if (
    !db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, input.organisationId)).get()
  ) {
    throw new AppError('NOT_FOUND', 'That organisation is not in the vault.');
  }
  const { id: givenId, attendeeIds, ...fields } = input;
  const attendees = [...new Set(attendeeIds)];
  const timestamp = now.toISOString();
  const id = givenId ?? context.newId();
  db.transaction(() => {
    if (givenId) {
      const existing = db
        .select({ organisationId: groupSessions.organisationId })
        .from(groupSessions)
        .where(eq(groupSessions.id, givenId))
        .get();
      if (!existing) throw notFound();
      if (existing.organisationId !== input.organisationId)
        throw new AppError('VALIDATION', 'A group session stays with the organisation it was recorded for.');
    }
    // A pupil must be on the organisation's roll, or already recorded at this session (they may have moved since).
    const isAllowed = sqlite.prepare(
      `SELECT 1 FROM clients WHERE id = @clientId AND organisation_id = @organisationId
       UNION ALL SELECT 1 FROM group_session_attendees WHERE session_id = @sessionId AND client_id = @clientId`,
    );
    const strangers = attendees.filter(
      (clientId) => isAllowed.get({ clientId, organisationId: input.organisationId, sessionId: id }) === undefined,
    );
    if (strangers.length > 0) {
      throw new AppError(
        'VALIDATION',
        `${strangers.length === 1 ? 'One pupil chosen is' : `${strangers.length} pupils chosen are`} not on this organisation's roll. Choose pupils from its caseload. Nothing was saved.`,
      );
    }
    if (givenId) {
      db.update(groupSessions)
        .set({ ...fields, updatedAt: timestamp })
        .where(eq(groupSessions.id, id))
        .run();
      db.delete(groupSessionAttendees).where(eq(groupSessionAttendees.sessionId, id)).run();
    } else {
      db.insert(groupSessions)
        .values({ id, ...fields, createdAt: timestamp, updatedAt: timestamp })
        .run();
    }
    for (const clientId of attendees) db.insert(groupSessionAttendees).values({ sessionId: id, clientId }).run();
  });
  return getSession(vault, { id });
}

export function removeSession({ db }: OpenVault, { id }: { id: string }): void {
  db.transaction(() => {
    db.delete(groupSessionAttendees).where(eq(groupSessionAttendees.sessionId, id)).run();
    const { changes } = db.delete(groupSessions).where(eq(groupSessions.id, id)).run();
    if (changes === 0) throw notFound();
  });
}
