// Dates are stored as ISO (YYYY-MM-DD) and shown the UK way, in Europe/London.
// A date is typed day first too ("23/11/2026"), whatever the browser's or the
// computer's language.

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-12" -> "12 March 2026". An ISO date has no time zone, so it is formatted as the calendar date it names. */
export function formatUkDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the UK, as YYYY-MM-DD: the day an adviser would write on a form. */
export function todayInLondon(now = new Date()): string {
  return londonDate.format(now);
}

/** "2026-11-23" as "23/11/2026"; anything that is not an ISO date comes back as it was. */
export function toUkDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/**
 * The ISO date for what was typed; '' for nothing typed; null when it is not a
 * real date (31/02/2026, a two-digit year, words).
 */
export function readUkDate(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const uk = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  // Date rolls 31 February over into March: a date that does not come back as typed is not real.
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  )
    return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
