// Pure rules for the termly report a school's careers leader receives: the
// school terms offered as periods, small-number suppression, the priority
// groups, and the broad groups intended destinations fall into.
import { activityCode } from './destinations/nccis-codes';

export type ReportPeriod = { from: string; to: string; label: string };

/**
 * The terms of the academic year holding `date`: autumn 1 September to 31
 * December, spring 1 January to 31 March (Easter moves; the end of March is
 * near enough for a report), summer 1 April to 31 August; and the whole year.
 */
export function reportPeriodsFor(date: string): ReportPeriod[] {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const autumnYear = month >= 9 ? year : year - 1;
  const next = autumnYear + 1;
  return [
    { from: `${autumnYear}-09-01`, to: `${autumnYear}-12-31`, label: `Autumn term ${autumnYear}` },
    { from: `${next}-01-01`, to: `${next}-03-31`, label: `Spring term ${next}` },
    { from: `${next}-04-01`, to: `${next}-08-31`, label: `Summer term ${next}` },
    { from: `${autumnYear}-09-01`, to: `${next}-08-31`, label: `Academic year ${autumnYear} to ${next}` },
  ];
}

/** The term holding `date`: what the report offers first. */
export function currentTermOf(date: string): ReportPeriod {
  const terms = reportPeriodsFor(date).slice(0, 3);
  return terms.find((term) => term.from <= date && date <= term.to) ?? (terms[0] as ReportPeriod);
}

/** Counts from 1 to 4 in a table about a group of pupils could pick someone out. */
export const suppressionThreshold = 5;

/** "0", "<5" or the count itself: zero identifies no one, so it is shown. */
export function suppressed(count: number): string {
  return count > 0 && count < suppressionThreshold ? '<5' : String(count);
}

export const priorityGroupKeys = [
  'send',
  'ehc-plan',
  'pupil-premium',
  'looked-after',
  'young-carer',
  'eal',
  'neet-risk',
] as const;
export type PriorityGroupKey = (typeof priorityGroupKeys)[number];
export const priorityGroupLabels: Record<PriorityGroupKey, string> = {
  send: 'SEND (SEN support or EHC plan)',
  'ehc-plan': 'of whom with an EHC plan',
  'pupil-premium': 'Pupil premium',
  'looked-after': 'Looked after',
  'young-carer': 'Young carers',
  eal: 'English as an additional language',
  'neet-risk': 'At risk of becoming NEET',
};

/** The groups as a sentence names them: "No pupil is marked as looked after, or at risk of becoming NEET." */
export const priorityGroupPhrases: Record<PriorityGroupKey, string> = {
  send: 'having SEND',
  'ehc-plan': 'having an EHC plan',
  'pupil-premium': 'pupil premium',
  'looked-after': 'looked after',
  'young-carer': 'a young carer',
  eal: 'having English as an additional language',
  'neet-risk': 'at risk of becoming NEET',
};

/** "a", "a or b", "a, b or c". */
export function listWithOr(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1) ?? ''}`;
}

export const destinationGroups = [
  'sixth-form',
  'college',
  'higher-education',
  'apprenticeship',
  'employment',
  'neet',
  'undecided',
  'other',
  'not-recorded',
] as const;
export type DestinationGroup = (typeof destinationGroups)[number];
export const destinationGroupLabels: Record<DestinationGroup, string> = {
  'sixth-form': 'Sixth form (school)',
  college: 'College or further education',
  'higher-education': 'University or higher education',
  apprenticeship: 'Apprenticeship or training',
  employment: 'Employment',
  neet: 'Not in education, employment or training',
  undecided: 'Not decided or not known',
  other: 'Something else',
  'not-recorded': 'Not recorded',
};

/** An NCCIS-coded intended destination's group, finer than the code list's own groups where a careers leader needs it. */
export function destinationGroupOfCode(code: string, version?: string): DestinationGroup {
  const entry = activityCode(code, version);
  if (!entry) return 'other';
  if (entry.code === '210') return 'sixth-form';
  if (entry.code === '240') return 'higher-education';
  if (entry.code === '310') return 'apprenticeship';
  switch (entry.group) {
    case 'education':
      return 'college';
    case 'employment':
      return 'employment';
    case 'training':
      return 'apprenticeship';
    case 'neet':
      return 'neet';
    case 'not-known':
      return 'undecided';
    default:
      return 'other';
  }
}

// The adviser types an intended destination in their own words; these are the
// words advisers use for each group. Order matters: "apprenticeship at college"
// is an apprenticeship, "A levels at college" is college.
const destinationPatterns: [DestinationGroup, RegExp][] = [
  ['undecided', /\b(not sure|unsure|undecided|don'?t know|not decided|no idea)\b/i],
  ['apprenticeship', /\b(apprentice\w*|traineeship|supported internship)\b/i],
  ['higher-education', /\b(universit\w*|degree|higher education|uni)\b/i],
  ['college', /\b(college|btec|t[- ]?levels?|further education|fe)\b/i],
  ['sixth-form', /\b(sixth[- ]?form|6th form|a[- ]?levels?)\b/i],
  ['employment', /\b(employment|job|work|employed)\b/i],
];

/** What an adviser wrote at an interview, read into a group: for pupils with no NCCIS-coded intended destination. */
export function destinationGroupOf(intendedDestination: string): DestinationGroup {
  const text = intendedDestination.trim();
  if (text === '') return 'not-recorded';
  return destinationPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}
