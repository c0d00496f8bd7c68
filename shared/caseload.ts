// Caseload vocabulary and pure rules: organisation kinds, SEND and provision
// levels, UK academic years and Benchmark 8 coverage.

export const organisationKinds = ['school', 'college', 'training-provider', 'private-practice'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
export const organisationKindLabels: Record<OrganisationKind, string> = {
  school: 'School',
  college: 'College',
  'training-provider': 'Training provider',
  'private-practice': 'Private practice (adults)',
};

export const contactRoles = ['careers-leader', 'senco', 'main-office', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];
export const contactRoleLabels: Record<ContactRole, string> = {
  'careers-leader': 'Careers leader',
  senco: 'SENCO',
  'main-office': 'Main office',
  other: 'Other contact',
};

export const services = [
  'interview-caseload',
  'group-work',
  'drop-ins',
  'parents-evenings',
  'targeted-support',
] as const;
export type Service = (typeof services)[number];
export const serviceLabels: Record<Service, string> = {
  'interview-caseload': 'Interview caseload',
  'group-work': 'Group work',
  'drop-ins': 'Drop-ins',
  'parents-evenings': "Parents' evenings",
  'targeted-support': 'Targeted support',
};

export const sendStatuses = ['none', 'sen-support', 'ehc-plan'] as const;
export type SendStatus = (typeof sendStatuses)[number];
export const sendStatusLabels: Record<SendStatus, string> = {
  none: 'None',
  'sen-support': 'SEN support',
  'ehc-plan': 'EHC plan',
};

export const provisionLevels = ['core', 'filtered', 'intensive'] as const;
export type ProvisionLevel = (typeof provisionLevels)[number];
export const provisionLevelLabels: Record<ProvisionLevel, string> = {
  core: 'Core',
  filtered: 'Filtered',
  intensive: 'Intensive',
};

export const referralSources = ['key-worker', 'self', 'adviser', 'other'] as const;
export type ReferralSource = (typeof referralSources)[number];
export const referralSourceLabels: Record<ReferralSource, string> = {
  'key-worker': 'Key worker',
  self: 'Self-referral',
  adviser: 'Adviser',
  other: 'Other',
};

export const adviserCheckKinds = ['dbs', 'indemnity-insurance', 'cdi-registration'] as const;
export type AdviserCheckKind = (typeof adviserCheckKinds)[number];
export const adviserCheckLabels: Record<AdviserCheckKind, string> = {
  dbs: 'DBS check',
  'indemnity-insurance': 'Indemnity insurance',
  'cdi-registration': 'CDI registration',
};

/** Year groups run from Reception (0) to Year 14 (FE); adults have none. */
/** What a column of a school's roll can hold; a roll needs at least the required ones. */
export const rollFields = [
  'upn',
  'surname',
  'forename',
  'preferredName',
  'dateOfBirth',
  'yearGroup',
  'tutorGroup',
  'sendStatus',
  'hasPupilPremium',
  'isLookedAfter',
  'isYoungCarer',
  'hasEnglishAsAdditionalLanguage',
  'postcode',
] as const;
export type RollField = (typeof rollFields)[number];
export const requiredRollFields = ['surname', 'forename', 'dateOfBirth'] as const satisfies readonly RollField[];
export const rollFieldLabels: Record<RollField, string> = {
  upn: 'UPN',
  surname: 'Surname',
  forename: 'Forename',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  yearGroup: 'Year group',
  tutorGroup: 'Tutor group',
  sendStatus: 'SEND status',
  hasPupilPremium: 'Pupil premium',
  isLookedAfter: 'Looked after',
  isYoungCarer: 'Young carer',
  hasEnglishAsAdditionalLanguage: 'English as an additional language (EAL)',
  postcode: 'Postcode',
};

/** Why a roll with required columns still missing cannot be imported, naming them. */
export function describeMissingColumns(missingFields: readonly RollField[]): string {
  const names = missingFields.map((field) => (field === 'dateOfBirth' ? 'Date of Birth' : rollFieldLabels[field]));
  return `Waymark could not find the ${names.join(', ')} column${names.length > 1 ? 's' : ''} in the first row. The first row must hold column headings such as UPN, Surname, Forename, Date of Birth, Year, Reg Group, SEN and Pupil Premium, or choose which column holds each when you check the file.`;
}

export const yearGroupRange = { min: 0, max: 14 } as const;

export function describeYearGroup(yearGroup: number | null): string {
  if (yearGroup === null) return 'Adult';
  return yearGroup === 0 ? 'Reception' : `Year ${yearGroup}`;
}

/** The English academic year runs from 1 September to 31 August. */
export function academicYearOf(isoDate: string): { startsOn: string; endsOn: string; label: string } {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const startYear = month >= 9 ? year : year - 1;
  return {
    startsOn: `${startYear}-09-01`,
    endsOn: `${startYear + 1}-08-31`,
    label: `${startYear} to ${startYear + 1}`,
  };
}

/** Days before a check's due date when it starts to show on the home screen. */
export const checkReminderDays = 42;

/** Benchmark 8: Year 11 pupils need at least one interview; Year 13 students a further one (two in all). */
export const benchmark8 = [
  { yearGroup: 11, interviewsNeeded: 1 },
  { yearGroup: 13, interviewsNeeded: 2 },
] as const;
