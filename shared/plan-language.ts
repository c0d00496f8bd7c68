// The language a client's plan documents are written in, and every fixed word
// those documents print, in English and in reviewed Welsh. The adviser's own
// text is never translated: for a bilingual plan they write the Welsh beside
// the English in the editor. Nothing here is machine-translated at run time.
import { sectionSets, type ActionStatus, type PlanAction, type PlanContent } from './action-plans';

export const planLanguages = ['en', 'cy', 'bilingual'] as const;
export type PlanLanguage = (typeof planLanguages)[number];
export const planLanguageLabels: Record<PlanLanguage, string> = {
  en: 'English',
  cy: 'Welsh (Cymraeg)',
  bilingual: 'Welsh and English (bilingual)',
};

/** A language a run of text is written in: English or Welsh (a bilingual plan holds both, never mixed in a sentence). */
export type TextLanguage = 'en' | 'cy';
/** Word's language tags, so its spelling checker and screen readers read each run in its own language. */
export const languageTags: Record<TextLanguage, string> = { en: 'en-GB', cy: 'cy-GB' };

/** How a bilingual document sets the two languages out: side by side, or each block in Welsh then English. */
export const bilingualLayouts = ['columns', 'blocks'] as const;
export type BilingualLayout = (typeof bilingualLayouts)[number];
export const bilingualLayoutLabels: Record<BilingualLayout, string> = {
  columns: 'Two columns, Welsh on the left',
  blocks: 'Block by block, Welsh first',
};

export type PlanWords = {
  title: string;
  easyReadTitle: string;
  forLabel: string;
  dateLabel: string;
  version: (number: number) => string;
  adviserLabel: string;
  contactLabel: string;
  noAdviser: string;
  schoolLabel: string;
  destinationLabel: string;
  reviewLabel: string;
  reviewNotSet: string;
  goal: string;
  notes: string;
  actions: string;
  easyReadActions: string;
  what: string;
  who: string;
  byWhen: string;
  when: string;
  progress: string;
  noDate: string;
  noActions: string;
  links: string;
  easyReadLinks: string;
  pictures: string;
  progressHeading: string;
  progressKey: string;
  you: string;
  yourAdviser: string;
  namedAdviser: (name: string) => string;
  supporter: string;
  statuses: Record<ActionStatus, string>;
  sharedCopy: string;
  sharedCopyPartsLeftOut: string;
  defaultConfidentialityLine: string;
  months: readonly string[];
};

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const welshMonths = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

export const planWords: Record<TextLanguage, PlanWords> = {
  en: {
    title: 'Your career action plan',
    easyReadTitle: 'Your career plan',
    forLabel: 'For',
    dateLabel: 'Date',
    version: (number) => `version ${number}`,
    adviserLabel: 'Your careers adviser',
    contactLabel: 'How to contact them',
    noAdviser: 'Your careers adviser',
    schoolLabel: 'School or college',
    destinationLabel: 'Where you plan to go next',
    reviewLabel: 'We will look at this plan again on',
    reviewNotSet: 'We will agree when to look at this plan again.',
    goal: 'Your goal',
    notes: 'Notes',
    actions: 'Your actions',
    easyReadActions: 'What happens next',
    what: 'What',
    who: 'Who',
    byWhen: 'By when',
    when: 'When',
    progress: 'Progress',
    noDate: 'No date set',
    noActions: 'No actions were agreed this time.',
    links: 'Useful links',
    easyReadLinks: 'Useful websites',
    pictures: 'Pictures from our session',
    progressHeading: 'How you see your progress',
    progressKey: 'A ring is the first rating and a filled dot the latest, from 1 (just starting) to 4 (confident).',
    you: 'You',
    yourAdviser: 'Your adviser',
    namedAdviser: (name) => `${name} (your adviser)`,
    supporter: 'Someone supporting you',
    statuses: { 'to-do': 'To do', 'in-progress': 'In progress', done: 'Done', changed: 'Changed', dropped: 'Dropped' },
    sharedCopy: 'This is a shared copy.',
    sharedCopyPartsLeftOut: 'This is a shared copy: some parts were left out at your request.',
    defaultConfidentialityLine:
      'This plan belongs to you. Your adviser shares it with others only with your permission.',
    months: englishMonths,
  },
  cy: {
    title: 'Eich cynllun gweithredu gyrfa',
    easyReadTitle: 'Eich cynllun gyrfa',
    forLabel: 'Ar gyfer',
    dateLabel: 'Dyddiad',
    version: (number) => `fersiwn ${number}`,
    adviserLabel: 'Eich cynghorydd gyrfa',
    contactLabel: 'Sut i gysylltu',
    noAdviser: 'Eich cynghorydd gyrfa',
    schoolLabel: 'Ysgol neu goleg',
    destinationLabel: 'Ble rydych chi’n bwriadu mynd nesaf',
    reviewLabel: 'Byddwn yn edrych ar y cynllun hwn eto ar',
    reviewNotSet: 'Byddwn yn cytuno pryd i edrych ar y cynllun hwn eto.',
    goal: 'Eich nod',
    notes: 'Nodiadau',
    actions: 'Eich camau gweithredu',
    easyReadActions: 'Beth sy’n digwydd nesaf',
    what: 'Beth',
    who: 'Pwy',
    byWhen: 'Erbyn pryd',
    when: 'Pryd',
    progress: 'Cynnydd',
    noDate: 'Dim dyddiad wedi’i bennu',
    noActions: 'Ni chytunwyd ar unrhyw gamau y tro hwn.',
    links: 'Dolenni defnyddiol',
    easyReadLinks: 'Gwefannau defnyddiol',
    pictures: 'Lluniau o’n sesiwn',
    progressHeading: 'Sut rydych chi’n gweld eich cynnydd',
    progressKey: 'Cylch yw’r sgôr gyntaf, a dot llawn yw’r un ddiweddaraf, o 1 (newydd ddechrau) i 4 (hyderus).',
    you: 'Chi',
    yourAdviser: 'Eich cynghorydd',
    namedAdviser: (name) => `${name} (eich cynghorydd)`,
    supporter: 'Rhywun sy’n eich cefnogi',
    statuses: {
      'to-do': 'I’w wneud',
      'in-progress': 'Ar y gweill',
      done: 'Wedi’i wneud',
      changed: 'Wedi newid',
      dropped: 'Wedi’i ollwng',
    },
    sharedCopy: 'Copi a rennir yw hwn.',
    sharedCopyPartsLeftOut: 'Copi a rennir yw hwn: gadawyd rhai rhannau allan ar eich cais.',
    defaultConfidentialityLine:
      'Mae’r cynllun hwn yn perthyn i chi. Dim ond gyda’ch caniatâd y bydd eich cynghorydd yn ei rannu ag eraill.',
    months: welshMonths,
  },
};

/** The built-in section headings, in Welsh; a heading the adviser wrote themselves needs their own Welsh. */
export const welshSectionHeadings: Record<string, string> = {
  'Where you are now': 'Ble rydych chi nawr',
  'Where you want to be': 'Ble rydych chi eisiau bod',
  'How you will get there': 'Sut byddwch chi’n cyrraedd yno',
  'Your current situation': 'Eich sefyllfa bresennol',
  'Your future ideas': 'Eich syniadau ar gyfer y dyfodol',
  'Your plans': 'Eich cynlluniau',
  'About me': 'Amdanaf i',
  'My options and opportunities': 'Fy newisiadau a fy nghyfleoedd',
  'My plans and next steps': 'Fy nghynlluniau a fy nghamau nesaf',
  Summary: 'Crynodeb',
  Notes: 'Nodiadau',
};

/** Every built-in heading has its Welsh (a test holds the two lists together). */
export const builtInSectionHeadings: string[] = Object.values(sectionSets).flatMap((set) => [...set.headings]);

/** "18 March 2027" or "18 Mawrth 2027": the day, the month's name in the language, the year. */
export function formatPlanDate(isoDate: string, language: TextLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const month = planWords[language].months[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : isoDate;
}

/** A section's heading in the language: the adviser's Welsh, else the built-in translation, else null (not translated yet). */
export function sectionHeadingIn(
  section: { heading: string; headingCy?: string | undefined },
  language: TextLanguage,
): string | null {
  const heading = section.heading.trim() || 'Notes';
  if (language === 'en') return heading;
  return section.headingCy?.trim() || welshSectionHeadings[heading] || null;
}

/** Who does an action, in the plan's second-person voice and in the language. */
export function describeOwnerIn(owner: PlanAction['owner'], language: TextLanguage): string {
  const words = planWords[language];
  if (owner.kind === 'client') return words.you;
  if (owner.kind === 'adviser') return owner.name ? words.namedAdviser(owner.name) : words.yourAdviser;
  return owner.name || words.supporter;
}

export type MissingWelsh = { path: string; label: string };

/**
 * The parts of a plan with English but no Welsh yet: the editor lists them
 * before a Welsh or bilingual export. The document itself never says so.
 */
export function missingWelsh(content: PlanContent): MissingWelsh[] {
  const missing: MissingWelsh[] = [];
  const isMissing = (english: string, welsh: string | undefined) => english.trim().length > 0 && !welsh?.trim();
  if (isMissing(content.goal, content.goalCy)) missing.push({ path: 'goalCy', label: 'The goal' });
  content.sections.forEach((section, index) => {
    if (sectionHeadingIn(section, 'cy') === null)
      missing.push({ path: `sections.${index}.headingCy`, label: `The heading “${section.heading}”` });
    if (isMissing(section.body, section.bodyCy))
      missing.push({ path: `sections.${index}.bodyCy`, label: `The section “${section.heading}”` });
  });
  content.actions.forEach((action, index) => {
    if (isMissing(action.text, action.textCy))
      missing.push({ path: `actions.${index}.textCy`, label: `Action ${index + 1}` });
    if (isMissing(action.notes, action.notesCy))
      missing.push({ path: `actions.${index}.notesCy`, label: `The notes on action ${index + 1}` });
  });
  return missing;
}
