// The columns a local authority's destination return can hold, and the
// default set. Each LA sends its own spreadsheet, so the adviser chooses,
// orders and renames the columns and picks the date format, and saves that as
// a mapping for the LA.

export const returnColumnKeys = [
  'upn',
  'surname',
  'forename',
  'dateOfBirth',
  'postcode',
  'yearGroup',
  'schoolUrn',
  'intendedCode',
  'intendedProvider',
  'offerStatus',
  'offerProvider',
  'activityCode',
  'activityStartsOn',
  'verifiedOn',
  'send',
  'lookedAfter',
  'pupilPremium',
] as const;
export type ReturnColumnKey = (typeof returnColumnKeys)[number];

export const returnColumnLabels: Record<ReturnColumnKey, string> = {
  upn: 'UPN',
  surname: 'Surname',
  forename: 'Forename',
  dateOfBirth: 'Date of birth',
  postcode: 'Postcode',
  yearGroup: 'Year group',
  schoolUrn: 'School URN',
  intendedCode: 'Intended destination code',
  intendedProvider: 'Intended destination provider',
  offerStatus: 'Offer status',
  offerProvider: 'Offer provider',
  activityCode: 'Activity code',
  activityStartsOn: 'Activity start date',
  verifiedOn: 'Verified date',
  send: 'SEND or EHC plan',
  lookedAfter: 'Looked after',
  pupilPremium: 'Pupil premium',
};

export const returnDateFormats = ['dd/mm/yyyy', 'yyyy-mm-dd', 'dd-mm-yyyy'] as const;
export type ReturnDateFormat = (typeof returnDateFormats)[number];

export type ReturnMapping = { columns: { key: ReturnColumnKey; header: string }[]; dateFormat: ReturnDateFormat };

export const defaultReturnMapping: ReturnMapping = {
  columns: returnColumnKeys.map((key) => ({ key, header: returnColumnLabels[key] })),
  dateFormat: 'dd/mm/yyyy',
};

/** "2026-09-04" in the mapping's format; '' stays ''. */
export function formatReturnDate(isoDate: string | null, format: ReturnDateFormat): string {
  const match = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  if (!match) return '';
  const [, year, month, day] = match;
  if (format === 'yyyy-mm-dd') return `${year}-${month}-${day}`;
  return format === 'dd-mm-yyyy' ? `${day}-${month}-${year}` : `${day}/${month}/${year}`;
}
