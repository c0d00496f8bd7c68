import { describe, expect, it } from 'vitest';
import {
  deliveryAgainst,
  formatAmount,
  type AgreementTerms,
  type DeliveredSession,
} from '../../shared/agreement-delivery';

const terms = (overrides: Partial<AgreementTerms> = {}): AgreementTerms => ({
  boughtUnit: 'day',
  boughtQuantity: 12,
  hoursPerDay: 6,
  doesNonAttendanceCount: true,
  ...overrides,
});
const session = (overrides: Partial<DeliveredSession> = {}): DeliveredSession => ({
  heldOn: '2026-11-10',
  startsAt: '09:00',
  endsAt: '15:30',
  kind: 'interviews',
  nonAttendanceMinutes: 0,
  seen: 0,
  didNotAttend: 0,
  booked: 0,
  ...overrides,
});

describe('delivery against an agreement', () => {
  it('counts a school day as a day and a morning as a half day, to the nearest half day', () => {
    const sessions = [
      session(),
      session({ heldOn: '2026-11-11', startsAt: '09:00', endsAt: '12:00' }),
      session({ heldOn: '2026-11-12', startsAt: '09:00', endsAt: '09:30' }),
    ];
    expect(deliveryAgainst(terms(), sessions, '2026-12-01', '09:00')).toMatchObject({
      unit: 'day',
      bought: 12,
      used: 2,
      left: 10,
      warning: 'none',
    });
    expect(
      deliveryAgainst(terms({ boughtUnit: 'half-day', boughtQuantity: 24 }), sessions, '2026-12-01', '09:00'),
    ).toMatchObject({ used: 4, left: 20 });
  });

  it('adds the sessions of one day together before rounding', () => {
    const morning = session({ startsAt: '09:00', endsAt: '12:00' });
    const afternoon = session({ startsAt: '13:00', endsAt: '16:00' });
    expect(deliveryAgainst(terms(), [morning, afternoon], '2026-12-01', '09:00').used).toBe(1);
  });

  it('counts a session as used once it has ended, and as booked until then', () => {
    const today = session({ heldOn: '2026-12-01', startsAt: '09:00', endsAt: '12:00' });
    const ahead = session({ heldOn: '2026-12-08' });
    expect(
      deliveryAgainst(terms({ boughtUnit: 'hour', boughtQuantity: 40 }), [today, ahead], '2026-12-01', '11:59'),
    ).toMatchObject({ used: 0, booked: 9.5 });
    expect(
      deliveryAgainst(terms({ boughtUnit: 'hour', boughtQuantity: 40 }), [today, ahead], '2026-12-01', '12:00'),
    ).toMatchObject({ used: 3, booked: 6.5 });
  });

  it('leaves travel out, and takes missed appointments off the time only when the agreement says they do not count', () => {
    const held = session({ startsAt: '09:00', endsAt: '12:00', nonAttendanceMinutes: 90, seen: 2, didNotAttend: 2 });
    const travel = session({ kind: 'travel', startsAt: '08:00', endsAt: '09:00' });
    expect(
      deliveryAgainst(terms({ boughtUnit: 'hour', boughtQuantity: 10 }), [held, travel], '2026-12-01', '09:00').used,
    ).toBe(3);
    expect(
      deliveryAgainst(
        terms({ boughtUnit: 'hour', boughtQuantity: 10, doesNonAttendanceCount: false }),
        [held, travel],
        '2026-12-01',
        '09:00',
      ).used,
    ).toBe(1.5);
    expect(
      deliveryAgainst(terms({ boughtUnit: 'interview', boughtQuantity: 10 }), [held], '2026-12-01', '09:00').used,
    ).toBe(4);
    expect(
      deliveryAgainst(
        terms({ boughtUnit: 'interview', boughtQuantity: 10, doesNonAttendanceCount: false }),
        [held],
        '2026-12-01',
        '09:00',
      ).used,
    ).toBe(2);
  });

  it('warns at 80 % used, at all of it, and beyond it', () => {
    const days = (count: number) =>
      Array.from({ length: count }, (_, index) => session({ heldOn: `2026-10-${String(index + 1).padStart(2, '0')}` }));
    const warning = (count: number) =>
      deliveryAgainst(terms({ boughtQuantity: 10 }), days(count), '2026-12-01', '09:00');
    expect(warning(7).warning).toBe('none');
    expect(warning(8).warning).toBe('nearly');
    expect(warning(10)).toMatchObject({ warning: 'all', left: 0 });
    expect(warning(11)).toMatchObject({ warning: 'over', left: -1 });
    expect(deliveryAgainst(terms({ boughtQuantity: null }), days(11), '2026-12-01', '09:00')).toMatchObject({
      warning: 'none',
      left: null,
      used: 11,
    });
  });

  it('says amounts as an adviser would', () => {
    expect(formatAmount(1, 'day')).toBe('1 day');
    expect(formatAmount(3.5, 'day')).toBe('3.5 days');
    expect(formatAmount(2, 'half-day')).toBe('2 half days');
    expect(formatAmount(7.25, 'hour')).toBe('7.25 hours');
  });
});
