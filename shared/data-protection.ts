// Data-protection vocabulary and pure rules: what a client can consent to,
// lawful bases for disclosure, and subject-access deadlines.
import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

export const consentPurposes = [
  'shareWithTutor',
  'shareWithParent',
  'uploadToSchoolSystem',
  'includeInDestinationReturns',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentPurposeLabels: Record<ConsentPurpose, string> = {
  shareWithTutor: 'Share plans with their tutor',
  shareWithParent: 'Share plans with a parent or carer',
  uploadToSchoolSystem: "Upload plans to the school's system",
  includeInDestinationReturns: "Include in the local authority's destination returns",
};

export const lawfulBases = ['consent', 'legal-obligation', 'vital-interests', 'subject-access', 'portability'] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

/**
 * Article 12(3): one month from receipt; where that day does not exist the
 * deadline is the last day of the month (31 January gives 28 or 29 February).
 * An extension adds up to two further months.
 */
export function subjectAccessDeadline(receivedOn: string, isExtended: boolean): string {
  return format(addMonths(parseISO(receivedOn), isExtended ? 3 : 1), 'yyyy-MM-dd');
}
