// Calendar arithmetic on ISO dates (YYYY-MM-DD), which name days, not instants.

function toUtc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Sunday that ends the week (UK weeks start on Monday) holding the day. */
export function endOfWeek(isoDate: string): string {
  const weekday = toUtc(isoDate).getUTCDay();
  return addDays(isoDate, weekday === 0 ? 0 : 7 - weekday);
}
