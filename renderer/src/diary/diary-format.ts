// How the diary shows days, times and appointment counts, the UK way.
import type { DiarySession } from '../../../shared/contract/diary';
import { appointmentStatusLabels, appointmentStatuses } from '../../../shared/diary';

const dayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Wednesday 25 November 2026". */
export function formatDayDate(isoDate: string): string {
  return withoutComma(dayDate, isoDate);
}

/** "Wednesday 25 November", for the days of a week already named. */
export function formatWeekday(isoDate: string): string {
  return withoutComma(shortDay, isoDate);
}

/** Some engines put a comma after the weekday ("Tuesday, 1 December"); UK usage does not. */
function withoutComma(format: Intl.DateTimeFormat, isoDate: string): string {
  return format
    .formatToParts(new Date(`${isoDate}T12:00:00Z`))
    .map((part) => (part.type === 'literal' ? part.value.replace(',', '') : part.value))
    .join('');
}

/** "09:00 to 12:00". */
export function formatTimes(session: Pick<DiarySession, 'startsAt' | 'endsAt'>): string {
  return `${session.startsAt} to ${session.endsAt}`;
}

/** "3 booked, 1 seen, 1 did not attend"; "No pupils booked" when there are none. */
export function describeCounts(counts: DiarySession['counts']): string {
  const parts = appointmentStatuses
    .filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${appointmentStatusLabels[status].toLowerCase()}`);
  return parts.length > 0 ? parts.join(', ') : 'No pupils booked';
}
