// Choices for the caseload's drop-downs, shared by the list filters and the client form.
import {
  describeYearGroup,
  provisionLevelLabels,
  provisionLevels,
  referralSourceLabels,
  referralSources,
  sendStatusLabels,
  sendStatuses,
  yearGroupRange,
} from '../../../shared/caseload';
import type { SelectOption } from '../components/SelectField';

const yearNumbers = Array.from(
  { length: yearGroupRange.max - yearGroupRange.min + 1 },
  (_, index) => yearGroupRange.min + index,
);

/** Year groups keyed by their number as text; 'adult' stands for none. */
export const yearGroupOptions: SelectOption[] = [
  ...yearNumbers.map((year) => ({ value: String(year), label: describeYearGroup(year) })),
  { value: 'adult', label: `${describeYearGroup(null)} (no year group)` },
];

export const provisionLevelOptions: SelectOption[] = provisionLevels.map((level) => ({
  value: level,
  label: provisionLevelLabels[level],
}));
export const sendStatusOptions: SelectOption[] = sendStatuses.map((status) => ({
  value: status,
  label: sendStatusLabels[status],
}));
export const referralSourceOptions: SelectOption[] = referralSources.map((source) => ({
  value: source,
  label: referralSourceLabels[source],
}));

export function yearGroupToOption(yearGroup: number | null): string {
  return yearGroup === null ? 'adult' : String(yearGroup);
}

export function optionToYearGroup(value: string): number | null {
  return value === 'adult' || value === '' ? null : Number(value);
}
