// The termly report's pure rules: the terms offered, suppression, and the
// groups intended destinations fall into; and the calendar's initials.
import { describe, expect, it } from 'vitest';
import { calendarSummary, initialsOf } from '../../shared/calendar';
import {
  currentTermOf,
  destinationGroupOf,
  destinationGroupOfCode,
  reportPeriodsFor,
  suppressed,
} from '../../shared/termly-report';

describe('report periods', () => {
  it('offers the terms of the academic year holding the day, and the year itself', () => {
    expect(reportPeriodsFor('2027-02-14').map((period) => [period.label, period.from, period.to])).toEqual([
      ['Autumn term 2026', '2026-09-01', '2026-12-31'],
      ['Spring term 2027', '2027-01-01', '2027-03-31'],
      ['Summer term 2027', '2027-04-01', '2027-08-31'],
      ['Academic year 2026 to 2027', '2026-09-01', '2027-08-31'],
    ]);
  });

  it('opens on the term the day falls in, at each term’s edges', () => {
    expect(currentTermOf('2026-09-01').label).toBe('Autumn term 2026');
    expect(currentTermOf('2026-12-31').label).toBe('Autumn term 2026');
    expect(currentTermOf('2027-01-01').label).toBe('Spring term 2027');
    expect(currentTermOf('2027-04-01').label).toBe('Summer term 2027');
    expect(currentTermOf('2027-08-31').label).toBe('Summer term 2027');
  });
});

describe('suppression', () => {
  it('shows 1 to 4 as "<5", and zero and 5 upwards as they are', () => {
    expect([0, 1, 4, 5, 12].map(suppressed)).toEqual(['0', '<5', '<5', '5', '12']);
  });
});

describe('intended destination groups', () => {
  it('reads what an adviser wrote into a group, apprenticeships at college as apprenticeships', () => {
    expect(destinationGroupOf('A levels in sixth form')).toBe('sixth-form');
    expect(destinationGroupOf('BTEC at college')).toBe('college');
    expect(destinationGroupOf('Apprenticeship at the college')).toBe('apprenticeship');
    expect(destinationGroupOf('Employment with training')).toBe('employment');
    expect(destinationGroupOf('Not sure yet')).toBe('undecided');
    expect(destinationGroupOf('Gap year travelling')).toBe('other');
    expect(destinationGroupOf('  ')).toBe('not-recorded');
  });

  it('groups NCCIS codes, telling sixth form, university and apprenticeships apart', () => {
    expect(
      ['210', '230', '240', '310', '340', '450', '619', '810', '720', '999'].map((code) =>
        destinationGroupOfCode(code),
      ),
    ).toEqual([
      'sixth-form',
      'college',
      'higher-education',
      'apprenticeship',
      'employment',
      'apprenticeship',
      'neet',
      'undecided',
      'other',
      'other',
    ]);
  });
});

describe('the calendar', () => {
  it('stands initials in for a name, first and last name only', () => {
    expect(initialsOf("Siân O'Neill")).toBe('S. O.');
    expect(initialsOf('Mary Jane  van Dyke')).toBe('M. D.');
    expect(initialsOf('Cher')).toBe('C.');
    expect(initialsOf('łukasz wiśniewski')).toBe('Ł. W.');
  });

  it('names each kind of session in words a calendar reader understands', () => {
    expect(calendarSummary('interviews', 'Hillcrest School')).toBe('Careers guidance at Hillcrest School');
    expect(calendarSummary('parents-evening', 'Hillcrest School')).toBe("Parents' evening at Hillcrest School");
    expect(calendarSummary('travel', 'Hillcrest School')).toBe('Travel to Hillcrest School');
  });
});
