// Times of day as the adviser reads them, in Europe/London ("10:42").

const timeOfDay = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

/** "2026-11-23T10:42:10.000Z" -> "10:42" in London. */
export function formatTimeOfDay(isoInstant: string): string {
  const date = new Date(isoInstant);
  return Number.isNaN(date.getTime()) ? '' : timeOfDay.format(date);
}

/** The time now in London as HH:MM, the form interviews.start takes. */
export function timeNowInLondon(now: Date = new Date()): string {
  return timeOfDay.format(now);
}

/** Minutes since midnight for an HH:MM time. */
export function minutesOfDay(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
