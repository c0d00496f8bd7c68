// An organisation's agreement status: ended agreements are not "Current".
import { describe, expect, it } from 'vitest';
import { agreementStatus } from '../../shared/agreement-status';

const on = '2026-11-23';

describe('agreement status', () => {
  it('calls an agreement that ended before today ended, with its date', () => {
    expect(
      agreementStatus({ isArchived: false, agreement: { startsOn: '2025-09-01', endsOn: '2026-07-31' }, on }),
    ).toEqual({ kind: 'ended', label: 'Ended 31 July 2026' });
  });

  it('is current up to and including its last day, and when it has no end date', () => {
    expect(agreementStatus({ isArchived: false, agreement: { startsOn: '2026-09-01', endsOn: on }, on }).label).toBe(
      'Current',
    );
    expect(agreementStatus({ isArchived: false, agreement: { startsOn: null, endsOn: null }, on }).label).toBe(
      'Current',
    );
  });

  it('says when an agreement has not started yet, when there is none, and when the organisation is archived', () => {
    expect(agreementStatus({ isArchived: false, agreement: { startsOn: '2027-01-04', endsOn: null }, on }).label).toBe(
      'Starts 4 January 2027',
    );
    expect(agreementStatus({ isArchived: false, agreement: null, on }).label).toBe('No agreement');
    expect(agreementStatus({ isArchived: true, agreement: { startsOn: null, endsOn: '2026-07-31' }, on }).label).toBe(
      'Archived',
    );
  });
});
