// The diary's arithmetic, the same on both sides: times of day as 'HH:MM',
// the Monday that starts a week, and which slots of a session are free.

export const diarySessionKinds = [
  'interviews',
  'group-work',
  'drop-in',
  'parents-evening',
  'meeting',
  'travel',
] as const;
export type DiarySessionKind = (typeof diarySessionKinds)[number];
export const diarySessionKindLabels: Record<DiarySessionKind, string> = {
  interviews: 'Interviews',
  'group-work': 'Group work',
  'drop-in': 'Drop-in',
  'parents-evening': "Parents' evening",
  meeting: 'Meeting',
  travel: 'Travel',
};

export const appointmentStatuses = [
  'booked',
  'seen',
  'did-not-attend',
  'cancelled-by-school',
  'cancelled-by-pupil',
  'rearranged',
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];
export const appointmentStatusLabels: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  seen: 'Seen',
  'did-not-attend': 'Did not attend',
  'cancelled-by-school': 'Cancelled by the school',
  'cancelled-by-pupil': 'Cancelled by the pupil',
  rearranged: 'Rearranged',
};

/** An appointment in these states no longer holds its slot. */
export function isSlotReleased(status: AppointmentStatus): boolean {
  return status === 'cancelled-by-school' || status === 'cancelled-by-pupil' || status === 'rearranged';
}

/** '09:30' → 570. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** 570 → '09:30'. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A YYYY-MM-DD that is a day of the calendar (not 2026-02-30). */
export function isRealDate(isoDate: string): boolean {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate;
}

/** A date some days on (or back) from an ISO date, as an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The Monday of the week the date falls in. */
export function mondayOf(isoDate: string): string {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return addDays(isoDate, -((weekday + 6) % 7));
}

type Span = { startsAt: string; minutes: number };

/**
 * The start times free for new appointments of slotMinutes each, from `from`
 * (or the session's start) to its end, stepping past the ones already taken.
 */
export function freeSlots({
  startsAt,
  endsAt,
  slotMinutes,
  taken,
  from,
}: {
  startsAt: string;
  endsAt: string;
  slotMinutes: number;
  taken: Span[];
  from?: string | undefined;
}): string[] {
  const end = minutesOfDay(endsAt);
  const busy = taken
    .map((span) => ({ start: minutesOfDay(span.startsAt), end: minutesOfDay(span.startsAt) + span.minutes }))
    .sort((a, b) => a.start - b.start);
  const slots: string[] = [];
  let start = Math.max(minutesOfDay(startsAt), from ? minutesOfDay(from) : 0);
  while (start + slotMinutes <= end) {
    const clash = busy.find((span) => span.start < start + slotMinutes && start < span.end);
    if (clash) {
      start = clash.end;
      continue;
    }
    slots.push(timeOfDay(start));
    start += slotMinutes;
  }
  return slots;
}
