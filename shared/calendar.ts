// Pure rules for the calendar (.ics) file: what each kind of session is called
// in someone else's calendar, the initials that may stand for a pupil, and the
// range exported when none is given.
import { addDays, type DiarySessionKind } from './diary';

export const calendarNameChoices = ['none', 'initials'] as const;
export type CalendarNameChoice = (typeof calendarNameChoices)[number];

/** The longest range one file holds: a little over an academic year and a term. */
export const calendarMaxDays = 500;

export function calendarSummary(kind: DiarySessionKind, organisationName: string): string {
  switch (kind) {
    case 'interviews':
      return `Careers guidance at ${organisationName}`;
    case 'group-work':
      return `Careers group work at ${organisationName}`;
    case 'drop-in':
      return `Careers drop-in at ${organisationName}`;
    case 'parents-evening':
      return `Parents' evening at ${organisationName}`;
    case 'meeting':
      return `Meeting at ${organisationName}`;
    case 'travel':
      return `Travel to ${organisationName}`;
  }
}

/** "Sam O'Neill" -> "S. O."; all a calendar may carry in place of a pupil's name, and only when the adviser chooses. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const chosen = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return chosen.map((word) => `${(word ?? '').charAt(0).toLocaleUpperCase('en-GB')}.`).join(' ');
}

/** The last month and the year ahead: what a calendar on a phone needs. */
export function defaultCalendarRange(today: string): { from: string; to: string } {
  return { from: addDays(today, -31), to: addDays(today, 365) };
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}
