// The diary's slot arithmetic: which start times are free in a session, and
// the Monday that starts a week.
import { describe, expect, it } from 'vitest';
import { diaryChannels } from '../../shared/contract/diary';
import { addDays, freeSlots, mondayOf } from '../../shared/diary';

describe('free slots', () => {
  it('fits whole slots only, and steps past the ones taken', () => {
    expect(freeSlots({ startsAt: '09:00', endsAt: '12:00', slotMinutes: 45, taken: [] })).toEqual([
      '09:00',
      '09:45',
      '10:30',
      '11:15',
    ]);
    expect(freeSlots({ startsAt: '09:00', endsAt: '11:59', slotMinutes: 45, taken: [] })).toEqual([
      '09:00',
      '09:45',
      '10:30',
    ]);
    // An appointment moved by hand to 09:20 pushes the next slot to its end.
    expect(
      freeSlots({ startsAt: '09:00', endsAt: '12:00', slotMinutes: 45, taken: [{ startsAt: '09:20', minutes: 45 }] }),
    ).toEqual(['10:05', '10:50']);
    expect(freeSlots({ startsAt: '09:00', endsAt: '10:00', slotMinutes: 30, taken: [], from: '09:30' })).toEqual([
      '09:30',
    ]);
  });
});

describe('weeks', () => {
  it('starts on Monday, across months and the clocks changing', () => {
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-03-01')).toBe('2026-02-23');
    expect(mondayOf('2026-10-25')).toBe('2026-10-19');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});

describe('dates the diary accepts', () => {
  it('refuses a day the calendar does not have, which would otherwise throw when counting weeks', () => {
    expect(diaryChannels['diary.week'].input.safeParse({ weekOf: '2026-02-30' }).error?.issues[0]?.message).toBe(
      'Enter a real date, such as 12/03/2026.',
    );
    expect(diaryChannels['diary.week'].input.safeParse({ weekOf: '2028-02-29' }).success).toBe(true);
  });
});
