// How much of an agreement has been delivered, in the unit the organisation
// bought: days, half days, hours or interviews. Time comes from the diary: a
// session counts once it has ended, the rest is booked. A school day is sold
// as a day, so a day's sessions count to the nearest half day (never less than
// a half day), not to the minute.

export const boughtUnits = ['day', 'half-day', 'hour', 'interview'] as const;
export type BoughtUnit = (typeof boughtUnits)[number];

export const boughtUnitLabels: Record<BoughtUnit, { one: string; many: string }> = {
  day: { one: 'day', many: 'days' },
  'half-day': { one: 'half day', many: 'half days' },
  hour: { one: 'hour', many: 'hours' },
  interview: { one: 'interview', many: 'interviews' },
};

export type AgreementTerms = {
  boughtUnit: BoughtUnit | null;
  boughtQuantity: number | null;
  hoursPerDay: number;
  doesNonAttendanceCount: boolean;
};

/** One diary session, with what happened at its appointments. */
export type DeliveredSession = {
  heldOn: string;
  startsAt: string;
  endsAt: string;
  kind: string;
  /** Minutes of appointments the pupil did not attend. */
  nonAttendanceMinutes: number;
  /** Appointments seen, and not attended. */
  seen: number;
  didNotAttend: number;
  /** Appointments still booked. */
  booked: number;
};

export type Delivery = {
  unit: BoughtUnit;
  bought: number | null;
  used: number;
  booked: number;
  /** Bought less used; negative when more was delivered than bought. */
  left: number | null;
  /** 'nearly' from 80 % used, 'all' at 100 %, 'over' beyond it. */
  warning: 'none' | 'nearly' | 'all' | 'over';
};

/** Travel is the adviser's own time, not time delivered to the school. */
const isDelivered = (session: DeliveredSession) => session.kind !== 'travel';

export function minutesBetween(startsAt: string, endsAt: string): number {
  const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return Math.max(0, toMinutes(endsAt) - toMinutes(startsAt));
}

/** The minutes a session delivered: its length, less the pupils who did not come where those do not count. */
function deliveredMinutes(session: DeliveredSession, terms: AgreementTerms): number {
  const minutes = minutesBetween(session.startsAt, session.endsAt);
  return terms.doesNonAttendanceCount ? minutes : Math.max(0, minutes - session.nonAttendanceMinutes);
}

/** Days for each date's sessions, to the nearest half day, at least a half day for any time in school. */
function daysFor(sessions: DeliveredSession[], terms: AgreementTerms): number {
  const minutesByDate = new Map<string, number>();
  for (const session of sessions)
    minutesByDate.set(session.heldOn, (minutesByDate.get(session.heldOn) ?? 0) + deliveredMinutes(session, terms));
  let days = 0;
  for (const minutes of minutesByDate.values()) {
    if (minutes === 0) continue;
    days += Math.max(0.5, Math.round((minutes / 60 / terms.hoursPerDay) * 2) / 2);
  }
  return days;
}

function amountIn(
  unit: BoughtUnit,
  sessions: DeliveredSession[],
  terms: AgreementTerms,
  count: 'done' | 'booked',
): number {
  if (unit === 'interview') {
    return sessions.reduce(
      (total, session) =>
        total +
        (count === 'booked'
          ? session.booked
          : session.seen + (terms.doesNonAttendanceCount ? session.didNotAttend : 0)),
      0,
    );
  }
  if (unit === 'hour')
    return (
      Math.round((sessions.reduce((total, session) => total + deliveredMinutes(session, terms), 0) / 60) * 100) / 100
    );
  const days = daysFor(sessions, terms);
  return unit === 'day' ? days : days * 2;
}

/**
 * What has been used and what is booked against the agreement, from the diary
 * sessions in its period. `today` and `timeNow` ('HH:MM') are the UK's: a
 * session counts as used once it has ended.
 */
export function deliveryAgainst(
  terms: AgreementTerms,
  sessions: DeliveredSession[],
  today: string,
  timeNow: string,
): Delivery {
  const unit = terms.boughtUnit ?? 'hour';
  const delivered = sessions.filter(isDelivered);
  const hasEnded = (session: DeliveredSession) =>
    session.heldOn < today || (session.heldOn === today && session.endsAt <= timeNow);
  const held = delivered.filter(hasEnded);
  const ahead = delivered.filter((session) => !hasEnded(session));
  const used = amountIn(unit, held, terms, 'done');
  // Interviews booked in sessions still to come; for time, the sessions still to come.
  const booked =
    unit === 'interview'
      ? amountIn(unit, ahead, terms, 'booked')
      : amountIn(unit, ahead, { ...terms, doesNonAttendanceCount: true }, 'done');
  const bought = terms.boughtQuantity;
  const left = bought === null ? null : Math.round((bought - used) * 100) / 100;
  return { unit, bought, used, booked, left, warning: warningFor(used, bought) };
}

function warningFor(used: number, bought: number | null): Delivery['warning'] {
  if (bought === null || bought <= 0) return 'none';
  if (used > bought) return 'over';
  if (used >= bought) return 'all';
  return used >= bought * 0.8 ? 'nearly' : 'none';
}

/** "3.5 days", "1 interview", "12 hours". */
export function formatAmount(amount: number, unit: BoughtUnit): string {
  const words = boughtUnitLabels[unit];
  const number = Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace(/0$/, '');
  return `${number} ${amount === 1 ? words.one : words.many}`;
}
