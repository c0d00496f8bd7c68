// Which year group a date of birth usually falls in, in England and Wales:
// children start Reception in the September after they turn four, so the
// cohort runs from 1 September to 31 August. Used to flag (never refuse) a
// pupil whose year group and date of birth do not fit.
import { academicYearOf } from './caseload';
import { toUkDate } from './dates';

export function expectedYearGroup(dateOfBirth: string, on: string): number {
  const born = academicYearOf(dateOfBirth).startsOn.slice(0, 4);
  const now = academicYearOf(on).startsOn.slice(0, 4);
  // Born 1 Sep 2010 to 31 Aug 2011: Reception from September 2015, Year 11 in 2026 to 2027.
  return Number(now) - Number(born) - 5;
}

/** A plain sentence when the year group is not the usual one for the date of birth, else ''. Adults (no year group) are never flagged. */
export function yearGroupMismatch(dateOfBirth: string | null, yearGroup: number | null, on: string): string {
  if (!dateOfBirth || yearGroup === null) return '';
  const expected = expectedYearGroup(dateOfBirth, on);
  if (expected === yearGroup) return '';
  const usual = expected <= 0 ? 'Reception or younger' : expected > 14 ? 'past Year 14' : `Year ${expected}`;
  return `Born ${toUkDate(dateOfBirth)}, so usually ${usual}, not ${yearGroup === 0 ? 'Reception' : `Year ${yearGroup}`}. Check the date of birth and year group.`;
}
