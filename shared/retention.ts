// The retention schedule and its arithmetic: how long each kind of record is
// kept, and when a client's records fall due for review. Pure, so the review
// list, the documents and the tests all agree.

export type RetentionSchedule = {
  /** Client records (and their interviews and plans): whole years after the last contact. */
  clientYearsAfterLastContact: number;
  /** Clients with SEND: kept until this birthday, or the years above if that is later. */
  sendUntilAge: number;
  /** Disclosure-log entries: years after the disclosure. */
  disclosureLogYears: number;
  /** Audit-log entries: years after the event. */
  auditLogYears: number;
};

export const defaultRetentionSchedule: RetentionSchedule = {
  clientYearsAfterLastContact: 6,
  sendUntilAge: 25,
  disclosureLogYears: 6,
  auditLogYears: 6,
};

/** The bounds the settings form and the contract enforce. */
export const retentionLimits = {
  clientYearsAfterLastContact: { min: 1, max: 50 },
  sendUntilAge: { min: 18, max: 40 },
  disclosureLogYears: { min: 1, max: 50 },
  auditLogYears: { min: 1, max: 50 },
} as const satisfies Record<keyof RetentionSchedule, { min: number; max: number }>;

/** Each record type with how long it is kept, in words, for the settings page and the documents. */
export function describeRetention(schedule: RetentionSchedule): { recordType: string; period: string }[] {
  return [
    {
      recordType: 'Client records',
      period: `${years(schedule.clientYearsAfterLastContact)} after the last contact with the client`,
    },
    {
      recordType: 'Records of clients with special educational needs or disabilities (SEND)',
      period: `Until the client's ${ordinal(schedule.sendUntilAge)} birthday, or ${years(schedule.clientYearsAfterLastContact)} after the last contact if that is later`,
    },
    {
      recordType: 'Guidance interview notes and action plans',
      period: "As long as the client's record: they are reviewed and erased with it",
    },
    {
      recordType: 'Disclosure log entries',
      period: `${years(schedule.disclosureLogYears)} after the disclosure (entries about an erased person are kept without their details)`,
    },
    {
      recordType: 'Audit log entries',
      period: `${years(schedule.auditLogYears)} after the event (the log holds no personal data)`,
    },
  ];
}

const years = (count: number) => (count === 1 ? 'One year' : `${count} years`);

function ordinal(count: number): string {
  const lastTwo = count % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${count}th`;
  return `${count}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[count % 10] ?? 'th'}`;
}

/**
 * The same calendar date a number of years later. A 29 February that does not
 * exist in the later year becomes 1 March: that is when a person born on
 * 29 February reaches an age under UK law, and it never ends a period early.
 */
export function addYearsIso(isoDate: string, count: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) throw new Error('Not an ISO date.');
  const year = Number(match[1]) + count;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !isLeap) return `${String(year).padStart(4, '0')}-03-01`;
  return `${String(year).padStart(4, '0')}-${match[2]}-${match[3]}`;
}

export type RetentionFacts = {
  /** The latest of the last interview and the last change to the record, as YYYY-MM-DD. */
  lastContactOn: string;
  dateOfBirth: string | null;
  hasSend: boolean;
};

export type RetentionOutcome = {
  /** The first day the records are past retention and due for review. */
  endsOn: string;
  /** Which rule set the date. */
  rule: 'years-after-last-contact' | 'send-birthday';
};

/** When a client's records reach the end of their retention period under the schedule. */
export function retentionEnds(facts: RetentionFacts, schedule: RetentionSchedule): RetentionOutcome {
  const afterContact = addYearsIso(facts.lastContactOn, schedule.clientYearsAfterLastContact);
  if (facts.hasSend && facts.dateOfBirth) {
    const birthday = addYearsIso(facts.dateOfBirth, schedule.sendUntilAge);
    if (birthday > afterContact) return { endsOn: birthday, rule: 'send-birthday' };
  }
  return { endsOn: afterContact, rule: 'years-after-last-contact' };
}

/** Records are kept until the end date; on that day and after they are past retention. */
export function isPastRetention(facts: RetentionFacts, schedule: RetentionSchedule, on: string): boolean {
  return retentionEnds(facts, schedule).endsOn <= on;
}

/** The later of two ISO dates or instants, as a date; null when neither is known. */
export function latestDate(...dates: (string | null | undefined)[]): string | null {
  const known = dates
    .filter((date): date is string => typeof date === 'string' && date.length >= 10)
    .map((date) => date.slice(0, 10));
  return known.length > 0 ? known.reduce((latest, date) => (date > latest ? date : latest)) : null;
}
