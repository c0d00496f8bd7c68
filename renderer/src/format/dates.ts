// Dates travel as ISO YYYY-MM-DD; advisers read them the UK way ("12 March 2026"),
// always in Europe/London so a late-evening save never shows as the next day.

const timeZone = 'Europe/London';
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone });
const isoInLondon = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** Midday UTC on that date: the same calendar day in London whatever the season. */
function fromIsoDate(isoDate: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/** "12 March 2026"; an empty string when there is no date. */
export function formatDate(isoDate: string | null | undefined): string {
  const date = isoDate ? fromIsoDate(isoDate) : null;
  return date ? longDate.format(date) : '';
}

/** "12 Mar 2026", for narrow table columns. */
export function formatShortDate(isoDate: string | null | undefined): string {
  const date = isoDate ? fromIsoDate(isoDate) : null;
  return date ? shortDate.format(date) : '';
}

/** Today in the UK as YYYY-MM-DD, the form date inputs and the contract use. */
export function todayInLondon(now: Date = new Date()): string {
  return isoInLondon.format(now);
}
