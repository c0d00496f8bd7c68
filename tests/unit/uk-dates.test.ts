// Dates typed the UK way whatever the browser's language: day first, real
// calendar days only, and the ISO form the contract carries.
import { describe, expect, it } from 'vitest';
import { readUkDate, toUkDate } from '../../shared/dates';

describe('reading a typed date', () => {
  it.each([
    ['23/11/2026', '2026-11-23'],
    ['3/9/2026', '2026-09-03'],
    ['03/09/2026', '2026-09-03'],
    ['23.11.2026', '2026-11-23'],
    ['23-11-2026', '2026-11-23'],
    ['23 11 2026', '2026-11-23'],
    [' 29/02/2028 ', '2028-02-29'],
    ['2026-11-23', '2026-11-23'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (typed, iso) => {
    expect(readUkDate(typed)).toBe(iso);
  });

  it.each([
    '31/02/2026',
    '29/02/2027',
    '13/13/2026',
    '00/01/2026',
    '1/9/26',
    '11/23/2026',
    'next Tuesday',
    '2026-02-30',
    '23/11/2026; DROP TABLE',
  ])('refuses %j', (typed) => {
    expect(readUkDate(typed)).toBeNull();
  });
});

describe('showing a date', () => {
  it('shows an ISO date day first, and leaves anything else as typed', () => {
    expect(toUkDate('2026-03-12')).toBe('12/03/2026');
    expect(toUkDate('')).toBe('');
    expect(toUkDate('12/3/2026')).toBe('12/3/2026');
  });
});
