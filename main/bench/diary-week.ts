// diary_week_ms: opening a busy week of the diary in a practice with a year of
// school days behind it (one interview day a school day at the largest school,
// and in the week measured two sessions a day with every slot booked).
import { addDays, mondayOf } from '../../shared/diary';
import { book, diaryWeek, saveSession } from '../services/diary';
import type { OpenVault } from '../vault';

/** Fills the diary; answers the Monday of the busy week. */
export function fillDiary(open: OpenVault, today: string): string {
  const { id: organisationId } = open.sqlite
    .prepare('SELECT organisation_id AS id FROM clients GROUP BY organisation_id ORDER BY count(*) DESC LIMIT 1')
    .get() as { id: string };
  const pupils = (
    open.sqlite.prepare('SELECT id FROM clients WHERE organisation_id = ? ORDER BY id').all(organisationId) as {
      id: string;
    }[]
  ).map((row) => row.id);
  const busyMonday = mondayOf(today);
  let next = 0;
  const take = (count: number) => Array.from({ length: count }, () => pupils[(next += 1) % pupils.length] as string);
  for (let week = -39; week <= 0; week += 1) {
    const monday = addDays(busyMonday, week * 7);
    for (let day = 0; day < 5; day += 1) {
      const heldOn = addDays(monday, day);
      const sessions =
        week === 0
          ? [
              ['09:00', '12:00'],
              ['12:45', '15:45'],
            ]
          : [['09:00', '15:00']];
      for (const [startsAt = '09:00', endsAt = '15:00'] of sessions) {
        const { session } = saveSession(open, {
          organisationId,
          heldOn,
          startsAt,
          endsAt,
          kind: 'interviews',
          slotMinutes: week === 0 ? 30 : 45,
          room: 'Careers office',
          notes: '',
        });
        book(open, { sessionId: session.id, clientIds: take(session.freeSlots.length) });
      }
    }
  }
  return busyMonday;
}

export function timeDiaryWeek(
  open: OpenVault,
  busyMonday: string,
  timeRuns: (runs: number, work: (run: number) => unknown) => number[],
): number[] {
  // Every day of the busy week finds the same week, as the screen asks for it.
  return timeRuns(200, (run) => diaryWeek(open, { weekOf: addDays(busyMonday, run % 7) }));
}
