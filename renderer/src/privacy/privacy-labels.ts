// The words the privacy screen uses for the contract's values.
import { consentPurposeLabels, consentPurposes, type ConsentPurpose } from '../../../shared/consent';
import { formatDate } from '../format/dates';

export const givenByLabels = { client: 'The client', 'parent-carer': 'A parent or carer' } as const;
export const methodLabels = { verbal: 'Verbally', written: 'In writing' } as const;
export const relationshipLabels = {
  self: 'The client themselves',
  'parent-carer': 'A parent or carer',
  other: 'Someone else acting for them',
} as const;

/** "Share plans with their tutor, Share plans with a parent or carer", or "Nothing". */
export function describeAgreements(agreements: Record<ConsentPurpose, boolean>): string {
  const agreed = consentPurposes
    .filter((purpose) => agreements[purpose])
    .map((purpose) => consentPurposeLabels[purpose]);
  return agreed.length > 0 ? agreed.join('; ') : 'Nothing';
}

/** The date a date field holds, read back the UK way, as its hint. */
export function dateHint(isoDate: string, fallback: string): string {
  return isoDate ? `${formatDate(isoDate)}.` : fallback;
}
