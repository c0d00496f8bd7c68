// The caseload list's filters and sort as the form holds them (plain strings,
// '' meaning "any"), and their translation into the contract's filter.
import { provisionLevels, sendStatuses } from '../../../shared/caseload';
import { clientSorts, type ClientFilter } from '../../../shared/contract/clients';

export type ClientSort = (typeof clientSorts)[number];

export type CaseloadQuery = {
  organisationId: string;
  /** '' any, 'adult' none, else the year number. */
  yearGroup: string;
  provisionLevel: string;
  sendStatus: string;
  seen: '' | 'seen' | 'not-seen';
  reviewDue: '' | 'due' | 'not-due';
  pupilPremium: '' | 'yes' | 'no';
  /** not-met: Year 11 and 13 pupils still to be seen for Benchmark 8. */
  benchmark8: '' | 'not-met';
  sort: ClientSort;
};

export const defaultCaseloadQuery: CaseloadQuery = {
  organisationId: '',
  yearGroup: '',
  provisionLevel: '',
  sendStatus: '',
  seen: '',
  reviewDue: '',
  pupilPremium: '',
  benchmark8: '',
  sort: 'surname',
};

export const sortLabels: Record<ClientSort, string> = {
  surname: 'Surname',
  yearGroup: 'Year group',
  lastSeen: 'Last seen (most recent first)',
  reviewDue: 'Review due (soonest first)',
};

export function hasFilters(query: CaseloadQuery): boolean {
  return Boolean(
    query.organisationId ||
    query.yearGroup ||
    query.provisionLevel ||
    query.sendStatus ||
    query.seen ||
    query.reviewDue ||
    query.pupilPremium ||
    query.benchmark8,
  );
}

export function toClientFilter(query: CaseloadQuery): ClientFilter {
  const filter: ClientFilter = {};
  if (query.organisationId) filter.organisationId = query.organisationId;
  if (query.yearGroup === 'adult') filter.yearGroup = null;
  else if (query.yearGroup !== '') filter.yearGroup = Number(query.yearGroup);
  const provisionLevel = provisionLevels.find((level) => level === query.provisionLevel);
  if (provisionLevel) filter.provisionLevel = provisionLevel;
  const sendStatus = sendStatuses.find((status) => status === query.sendStatus);
  if (sendStatus) filter.sendStatus = sendStatus;
  if (query.seen) filter.seenThisYear = query.seen === 'seen';
  if (query.reviewDue) filter.isReviewDue = query.reviewDue === 'due';
  if (query.pupilPremium) filter.hasPupilPremium = query.pupilPremium === 'yes';
  if (query.benchmark8) filter.isBenchmark8Met = false;
  return filter;
}

export function isClientSort(value: string): value is ClientSort {
  return (clientSorts as readonly string[]).includes(value);
}
