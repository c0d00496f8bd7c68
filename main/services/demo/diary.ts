// The demo practice's diary: interview days at two schools in the weeks just
// gone (pupils seen, one who did not attend, one who cancelled), today's day
// booked, and a day booked ahead, so the diary, the hours used, the termly
// report and the invoices have something real to show.
import { academicYearOf } from '../../../shared/caseload';
import { addDays, mondayOf } from '../../../shared/diary';
import type { OpenVault } from '../../vault';
import { book, saveSession, setAppointment, startInterview } from '../diary';
import { finishInterview } from '../interviews';
import { contextAt } from '../context';

type Options = { schoolIds: string[]; today: string; now: Date };

const pupilsPerDay = 6;

/** Pupils not yet interviewed this academic year, Year 11 first (Benchmark 8), then the older and younger years. */
function notSeenYet(vault: OpenVault, organisationId: string, today: string): string[] {
  const { startsOn } = academicYearOf(today);
  return (
    vault.sqlite
      .prepare(
        `SELECT c.id FROM clients c WHERE c.organisation_id = ? AND c.year_group >= 9
           AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.client_id = c.id AND i.held_on >= ?) ORDER BY c.year_group <> 11, c.year_group DESC, c.id`,
      )
      .all(organisationId, startsOn) as { id: string }[]
  ).map((row) => row.id);
}

export function addDemoDiary(
  vault: OpenVault,
  { schoolIds, today, now }: Options,
): { sessions: number; appointments: number } {
  let sessions = 0;
  let appointments = 0;
  const thisMonday = mondayOf(today);
  // Today when it is a weekday, otherwise the next Monday.
  const weekday = (Number(new Date(`${today}T12:00:00Z`).getUTCDay()) + 6) % 7;
  const workingToday = weekday < 5 ? today : addDays(thisMonday, 7);
  schoolIds.slice(0, 2).forEach((organisationId, school) => {
    const pupils = notSeenYet(vault, organisationId, today);
    let next = 0;
    const take = (count: number) => pupils.slice(next, (next += count));
    const plan = (
      heldOn: string,
      kind: 'interviews' | 'group-work' | 'travel',
      startsAt: string,
      endsAt: string,
      room: string,
    ) => {
      sessions += 1;
      return saveSession(
        vault,
        { organisationId, heldOn, startsAt, endsAt, kind, slotMinutes: 45, room, notes: '' },
        contextAt(now),
      ).session;
    };
    const fill = (sessionId: string, count: number) => {
      const chosen = take(count);
      if (chosen.length === 0) return [];
      appointments += chosen.length;
      return book(vault, { sessionId, clientIds: chosen }, contextAt(now)).session.appointments;
    };
    // The interview days just gone: most seen, one did not attend, one cancelled.
    for (const weeksAgo of [3, 2, 1]) {
      const heldOn = addDays(thisMonday, -7 * weeksAgo + (school === 0 ? 1 : 3));
      if (heldOn >= today) continue;
      const session = plan(
        heldOn,
        'interviews',
        '09:00',
        '14:15',
        school === 0 ? 'Careers office' : 'Library meeting room',
      );
      fill(session.id, pupilsPerDay).forEach((appointment, index) => {
        if (index === 1) setAppointment(vault, { id: appointment.id, status: 'did-not-attend' }, contextAt(now));
        else if (index === 4)
          setAppointment(vault, { id: appointment.id, status: 'cancelled-by-pupil' }, contextAt(now));
        else
          finishInterview(
            vault,
            startInterview(vault, { appointmentId: appointment.id }, contextAt(now)).interviewId,
            contextAt(now),
          );
      });
    }
    if (school === 0) {
      fill(plan(workingToday, 'interviews', '09:00', '15:00', 'Careers office').id, pupilsPerDay);
      plan(addDays(workingToday, 1), 'group-work', '13:30', '14:30', 'Hall');
    } else {
      const ahead = addDays(thisMonday, 9);
      plan(ahead, 'travel', '08:15', '09:00', '');
      fill(plan(ahead, 'interviews', '09:00', '15:00', 'Library meeting room').id, pupilsPerDay);
    }
  });
  return { sessions, appointments };
}
