// A pupil's group sessions, as contact on their timeline. Other rooms count
// attendance as contact with the SQL below; Benchmark 8 never does, because
// it asks for guidance interviews.
import type { GroupSessionKind } from '../../../shared/contract/group-sessions';
import type { OpenVault } from '../../vault';

export type Attendance = {
  sessionId: string;
  heldOn: string;
  kind: GroupSessionKind;
  title: string;
  minutes: number | null;
};

export function attendanceOf({ sqlite }: OpenVault, { clientId }: { clientId: string }): Attendance[] {
  return sqlite
    .prepare(
      `SELECT s.id AS sessionId, s.held_on AS heldOn, s.kind, s.title, s.minutes
         FROM group_session_attendees a JOIN group_sessions s ON s.id = a.session_id
        WHERE a.client_id = ? ORDER BY s.held_on DESC`,
    )
    .all(clientId) as Attendance[];
}

/**
 * SQL for "this client (alias c) attended a group session between @startsOn
 * and @endsOn", for the caseload filter and the organisation overview.
 */
export const attendedBetweenSql = `EXISTS (SELECT 1 FROM group_session_attendees ga JOIN group_sessions gs ON gs.id = ga.session_id
  WHERE ga.client_id = c.id AND gs.held_on BETWEEN @startsOn AND @endsOn)`;

/** SQL for the day this client (alias c) last attended a group session, or NULL. */
export const lastAttendedSql = `(SELECT max(gs.held_on) FROM group_session_attendees ga JOIN group_sessions gs ON gs.id = ga.session_id WHERE ga.client_id = c.id)`;
