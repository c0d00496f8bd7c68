// The NCCIS activity codes local authorities use for a young person's intended
// destination and actual activity, as versioned data: a new year's list is a
// new entry here, and each record names the version it was coded with, so an
// old record still reads as it was meant.

export type ActivityGroup =
  'below-leaving-age' | 'education' | 'employment' | 'training' | 're-engagement' | 'neet' | 'other' | 'not-known';

export const activityGroupLabels: Record<ActivityGroup, string> = {
  'below-leaving-age': 'Below leaving age',
  education: 'Education',
  employment: 'Employment',
  training: 'Training',
  're-engagement': 'Re-engagement',
  neet: 'Not in education, employment or training (NEET)',
  other: 'Other',
  'not-known': 'Not known',
};

export type ActivityCode = { code: string; group: ActivityGroup; label: string };

const codes2025: ActivityCode[] = [
  { code: '110', group: 'below-leaving-age', label: 'Registered at a school or other educational establishment' },
  { code: '120', group: 'below-leaving-age', label: 'Educated at home' },
  { code: '130', group: 'below-leaving-age', label: 'Custodial sentence' },
  { code: '140', group: 'below-leaving-age', label: 'Not registered at a school or other educational establishment' },
  { code: '150', group: 'below-leaving-age', label: 'Current situation not known (below leaving age)' },
  { code: '210', group: 'education', label: 'Full-time education: school sixth form' },
  { code: '220', group: 'education', label: 'Full-time education: sixth-form college' },
  { code: '230', group: 'education', label: 'Full-time education: further education' },
  { code: '240', group: 'education', label: 'Full-time education: higher education' },
  { code: '250', group: 'education', label: 'Part-time education' },
  { code: '260', group: 'education', label: 'Gap year' },
  { code: '270', group: 'education', label: 'Full-time education: other' },
  { code: '280', group: 'education', label: 'Special post-16 institution' },
  { code: '290', group: 'education', label: 'Custodial institution (juvenile offender)' },
  { code: '310', group: 'employment', label: 'Apprenticeship' },
  { code: '320', group: 'employment', label: 'Full-time employment with study (regulated qualification)' },
  { code: '330', group: 'employment', label: 'Employment without training' },
  { code: '340', group: 'employment', label: 'Employment with training (other)' },
  { code: '350', group: 'employment', label: 'Temporary employment' },
  { code: '360', group: 'employment', label: 'Part-time employment' },
  { code: '380', group: 'employment', label: 'Self-employment' },
  { code: '381', group: 'employment', label: 'Self-employment with study (regulated qualification)' },
  { code: '410', group: 'training', label: 'Funded work-based learning' },
  { code: '430', group: 'training', label: 'Other training' },
  { code: '440', group: 'training', label: 'DWP training and support programme' },
  { code: '450', group: 'training', label: 'Traineeship' },
  { code: '460', group: 'training', label: 'Supported internship' },
  { code: '530', group: 're-engagement', label: 'Re-engagement provision' },
  { code: '540', group: 'neet', label: 'Working not for reward' },
  { code: '550', group: 'neet', label: 'Working not for reward with part-time study' },
  { code: '610', group: 'neet', label: 'Not yet ready for work or learning' },
  { code: '615', group: 'neet', label: 'Start date agreed (other)' },
  { code: '616', group: 'neet', label: 'Start date agreed (meets the participation duty)' },
  { code: '619', group: 'neet', label: 'Seeking employment, education or training' },
  { code: '620', group: 'neet', label: 'Not available: young carer' },
  { code: '630', group: 'neet', label: 'Not available: teenage parent' },
  { code: '640', group: 'neet', label: 'Not available: illness' },
  { code: '650', group: 'neet', label: 'Not available: pregnancy' },
  { code: '660', group: 'neet', label: 'Not available: religious grounds' },
  { code: '670', group: 'neet', label: 'Not available: unlikely ever to be economically active' },
  { code: '680', group: 'neet', label: 'Not available: other reason' },
  { code: '710', group: 'other', label: 'Custody (young adult offender)' },
  { code: '720', group: 'other', label: 'Refugee or asylum seeker' },
  { code: '810', group: 'not-known', label: 'Current situation not known' },
  { code: '820', group: 'not-known', label: 'Cannot be contacted' },
  { code: '830', group: 'not-known', label: 'Refused to disclose activity' },
];

/** Every list shipped, newest last; a record names the version it was coded with. */
export const activityCodeLists = { '2025-26': codes2025 } as const satisfies Record<string, ActivityCode[]>;
export type CodeListVersion = keyof typeof activityCodeLists;
export const currentCodeListVersion: CodeListVersion = '2025-26';

export function activityCode(code: string, version: string = currentCodeListVersion): ActivityCode | undefined {
  const list: ActivityCode[] | undefined = (activityCodeLists as Record<string, ActivityCode[]>)[version];
  return list?.find((entry) => entry.code === code);
}

/** "230 Further education"; a code not in its list comes back as it was recorded. */
export function describeActivity(code: string, version: string = currentCodeListVersion): string {
  const entry = activityCode(code, version);
  return entry ? `${entry.code} ${entry.label}` : code;
}
