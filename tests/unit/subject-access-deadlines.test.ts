import { describe, expect, it } from 'vitest';
import { subjectAccessDeadline } from '../../shared/subject-access';

describe('subject-access deadlines', () => {
  it.each([
    ['2026-03-15', '2026-04-15'],
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-08-31', '2026-09-30'],
    ['2026-12-20', '2027-01-20'],
  ])('a request received on %s is due on %s', (receivedOn, due) => {
    expect(subjectAccessDeadline(receivedOn, false)).toBe(due);
  });

  it('extends by two further months', () => {
    expect(subjectAccessDeadline('2026-03-15', true)).toBe('2026-06-15');
    expect(subjectAccessDeadline('2027-11-30', true)).toBe('2028-02-29');
  });
});
