// Retention arithmetic: six years after the last contact, the 25th birthday for
// clients with SEND (29 February included), and the day a period ends.
import { describe, expect, it } from 'vitest';
import {
  addYearsIso,
  defaultRetentionSchedule,
  describeRetention,
  isPastRetention,
  latestDate,
  retentionEnds,
} from '../../shared/retention';

const schedule = defaultRetentionSchedule;

describe('adding years to a date', () => {
  it.each([
    ['2020-03-10', 6, '2026-03-10'],
    ['2020-02-29', 4, '2024-02-29'],
    ['2020-02-29', 6, '2026-03-01'],
    ['2004-02-29', 25, '2029-03-01'],
    ['1996-02-29', 4, '2000-02-29'],
    ['2096-02-29', 4, '2100-03-01'],
    ['2019-12-31', 6, '2025-12-31'],
  ])('%s plus %i years is %s', (date, count, expected) => {
    expect(addYearsIso(date, count)).toBe(expected);
  });
});

describe('when retention ends', () => {
  it('is six years after the last contact for a client without SEND', () => {
    expect(retentionEnds({ lastContactOn: '2020-03-10', dateOfBirth: '2004-05-01', hasSend: false }, schedule)).toEqual(
      { endsOn: '2026-03-10', rule: 'years-after-last-contact' },
    );
  });

  it('is the 25th birthday for a client with SEND when that is later', () => {
    expect(retentionEnds({ lastContactOn: '2020-03-10', dateOfBirth: '2004-05-01', hasSend: true }, schedule)).toEqual({
      endsOn: '2029-05-01',
      rule: 'send-birthday',
    });
  });

  it('is six years after the last contact for a client with SEND seen after turning 19', () => {
    expect(retentionEnds({ lastContactOn: '2024-06-01', dateOfBirth: '2004-05-01', hasSend: true }, schedule)).toEqual({
      endsOn: '2030-06-01',
      rule: 'years-after-last-contact',
    });
  });

  it('puts the 25th birthday of someone born on 29 February on 1 March in a common year', () => {
    expect(
      retentionEnds({ lastContactOn: '2019-01-01', dateOfBirth: '2004-02-29', hasSend: true }, schedule).endsOn,
    ).toBe('2029-03-01');
    expect(
      retentionEnds({ lastContactOn: '2019-01-01', dateOfBirth: '2003-02-28', hasSend: true }, schedule).endsOn,
    ).toBe('2028-02-28');
  });

  it('falls back to the years after the last contact when a SEND client’s date of birth is not known', () => {
    expect(retentionEnds({ lastContactOn: '2020-03-10', dateOfBirth: null, hasSend: true }, schedule).endsOn).toBe(
      '2026-03-10',
    );
  });

  it('follows a changed schedule', () => {
    expect(
      retentionEnds(
        { lastContactOn: '2020-03-10', dateOfBirth: '2004-05-01', hasSend: true },
        { ...schedule, clientYearsAfterLastContact: 3, sendUntilAge: 21 },
      ).endsOn,
    ).toBe('2025-05-01');
  });
});

describe('past retention', () => {
  const facts = { lastContactOn: '2020-03-10', dateOfBirth: '2004-05-01', hasSend: false };
  it('is not yet on the day before the period ends', () => {
    expect(isPastRetention(facts, schedule, '2026-03-09')).toBe(false);
  });
  it('is on the day the period ends and after', () => {
    expect(isPastRetention(facts, schedule, '2026-03-10')).toBe(true);
    expect(isPastRetention(facts, schedule, '2031-01-01')).toBe(true);
  });
  it('counts a SEND client’s 25th birthday the same way', () => {
    const send = { lastContactOn: '2019-01-01', dateOfBirth: '2004-02-29', hasSend: true };
    expect(isPastRetention(send, schedule, '2029-02-28')).toBe(false);
    expect(isPastRetention(send, schedule, '2029-03-01')).toBe(true);
  });
});

describe('the last contact', () => {
  it('is the latest of the dates known', () => {
    expect(latestDate('2021-05-04', '2023-01-02T09:00:00.000Z', null)).toBe('2023-01-02');
    expect(latestDate(null, undefined)).toBeNull();
  });
});

describe('the schedule in words', () => {
  it('names every record type with its period', () => {
    const described = describeRetention({ ...schedule, sendUntilAge: 22, auditLogYears: 1 });
    expect(described.map((entry) => entry.recordType)).toEqual([
      'Client records',
      'Records of clients with special educational needs or disabilities (SEND)',
      'Guidance interview notes and action plans',
      'Disclosure log entries',
      'Audit log entries',
    ]);
    expect(described[0]?.period).toBe('6 years after the last contact with the client');
    expect(described[1]?.period).toMatch(/^Until the client's 22nd birthday/);
    expect(described[4]?.period).toMatch(/^One year after/);
  });
});
