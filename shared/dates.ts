// Dates are stored as ISO (YYYY-MM-DD) and shown the UK way, in Europe/London.

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-12" -> "12 March 2026". An ISO date has no time zone, so it is formatted as the calendar date it names. */
export function formatUkDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the UK, as YYYY-MM-DD: the day an adviser would write on a form. */
export function todayInLondon(now = new Date()): string {
  return londonDate.format(now);
}
