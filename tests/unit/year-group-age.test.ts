// Flagging a date of birth that does not fit the year group (never refusing it).
import { describe, expect, it } from 'vitest';
import { expectedYearGroup, yearGroupMismatch } from '../../shared/year-group-age';

describe('year group from date of birth', () => {
  it('puts 1 September to 31 August births in the same year group', () => {
    expect(expectedYearGroup('2010-09-01', '2026-11-23')).toBe(11);
    expect(expectedYearGroup('2011-08-31', '2026-11-23')).toBe(11);
    expect(expectedYearGroup('2011-09-01', '2026-11-23')).toBe(10);
    // The same pupil moves up a year on 1 September.
    expect(expectedYearGroup('2011-08-31', '2027-09-01')).toBe(12);
  });

  it('flags a pupil in the wrong year for their age, in plain words, and leaves adults alone', () => {
    expect(yearGroupMismatch('2008-02-29', 11, '2026-11-23')).toBe(
      'Born 29/02/2008, so usually Year 14, not Year 11. Check the date of birth and year group.',
    );
    expect(yearGroupMismatch('2011-01-14', 11, '2026-11-23')).toBe('');
    expect(yearGroupMismatch('1990-05-01', null, '2026-11-23')).toBe('');
    expect(yearGroupMismatch(null, 9, '2026-11-23')).toBe('');
  });
});
