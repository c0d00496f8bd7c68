// The easy-read plan's pictures: a small set of clear icons shipped with the
// app, one beside each section and each action (pictures on the left, words on
// the right). Each is a plain SVG on a 64-unit grid in one dark ink, so it
// prints well in black and white; the plan document renders them to PNG.
// Each has alt text in English and Welsh, because a picture in a document must
// say what it shows.
import type { PlanAction } from './action-plans';

export const planIconIds = [
  'school',
  'college',
  'work',
  'apprenticeship',
  'money',
  'travel',
  'people',
  'calendar',
  'phone',
  'computer',
  'goal',
  'person',
  'signpost',
  'steps',
  'document',
] as const;
export type PlanIconId = (typeof planIconIds)[number];

const ink = '#1F3A5F';
const stroke = `fill="none" stroke="${ink}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"`;
const solid = `fill="${ink}"`;

export type PlanIcon = { label: string; alt: { en: string; cy: string }; body: string };

export const planIcons: Record<PlanIconId, PlanIcon> = {
  school: {
    label: 'School',
    alt: { en: 'A school building', cy: 'Adeilad ysgol' },
    body: `<path ${stroke} d="M8 28 L32 12 L56 28"/><rect ${stroke} x="12" y="28" width="40" height="26"/><rect ${stroke} x="27" y="40" width="10" height="14"/><circle ${stroke} cx="32" cy="24" r="4"/>`,
  },
  college: {
    label: 'College',
    alt: { en: 'A graduation cap, for college', cy: 'Cap graddio, ar gyfer coleg' },
    body: `<path ${stroke} d="M6 24 L32 12 L58 24 L32 36 Z"/><path ${stroke} d="M18 30 V44 C18 50 46 50 46 44 V30"/><path ${stroke} d="M54 26 V40"/>`,
  },
  work: {
    label: 'Work',
    alt: { en: 'A work bag, for a job', cy: 'Bag gwaith, ar gyfer swydd' },
    body: `<rect ${stroke} x="8" y="20" width="48" height="32" rx="4"/><path ${stroke} d="M24 20 V14 H40 V20"/><path ${stroke} d="M8 34 H56"/>`,
  },
  apprenticeship: {
    label: 'Apprenticeship',
    alt: { en: 'A spanner, for an apprenticeship', cy: 'Sbaner, ar gyfer prentisiaeth' },
    body: `<path ${stroke} d="M40 10 A12 12 0 0 0 30 26 L10 46 A5 5 0 0 0 18 54 L38 34 A12 12 0 0 0 54 24 L46 26 L40 20 L42 12 Z"/>`,
  },
  money: {
    label: 'Money',
    alt: { en: 'Coins, for money', cy: 'Darnau arian, ar gyfer arian' },
    body: `<ellipse ${stroke} cx="26" cy="44" rx="16" ry="8"/><path ${stroke} d="M10 44 V50 C10 58 42 58 42 50 V44"/><circle ${stroke} cx="42" cy="22" r="14"/><path ${stroke} d="M42 14 V30"/>`,
  },
  travel: {
    label: 'Travel',
    alt: { en: 'A bus, for travel', cy: 'Bws, ar gyfer teithio' },
    body: `<rect ${stroke} x="12" y="10" width="40" height="38" rx="6"/><path ${stroke} d="M12 30 H52"/><path ${stroke} d="M18 48 V54 M46 48 V54"/><circle ${solid} cx="20" cy="40" r="3"/><circle ${solid} cx="44" cy="40" r="3"/>`,
  },
  people: {
    label: 'People',
    alt: { en: 'Two people talking', cy: 'Dau berson yn siarad' },
    body: `<circle ${stroke} cx="20" cy="22" r="8"/><circle ${stroke} cx="44" cy="22" r="8"/><path ${stroke} d="M6 54 C6 40 34 40 34 54"/><path ${stroke} d="M30 54 C30 40 58 40 58 54"/>`,
  },
  calendar: {
    label: 'Calendar',
    alt: { en: 'A calendar, for a date', cy: 'Calendr, ar gyfer dyddiad' },
    body: `<rect ${stroke} x="10" y="14" width="44" height="40" rx="4"/><path ${stroke} d="M10 26 H54 M22 8 V18 M42 8 V18"/><rect ${solid} x="20" y="34" width="8" height="8"/>`,
  },
  phone: {
    label: 'Phone',
    alt: { en: 'A phone, for a call', cy: 'Ffôn, ar gyfer galwad' },
    body: `<rect ${stroke} x="20" y="6" width="24" height="52" rx="4"/><path ${stroke} d="M28 12 H36"/><circle ${solid} cx="32" cy="50" r="3"/>`,
  },
  computer: {
    label: 'Computer',
    alt: { en: 'A computer, for something online', cy: 'Cyfrifiadur, ar gyfer rhywbeth ar-lein' },
    body: `<rect ${stroke} x="8" y="10" width="48" height="32" rx="3"/><path ${stroke} d="M24 54 H40 M32 42 V54"/>`,
  },
  goal: {
    label: 'Goal',
    alt: { en: 'A target, for a goal', cy: 'Targed, ar gyfer nod' },
    body: `<circle ${stroke} cx="32" cy="32" r="24"/><circle ${stroke} cx="32" cy="32" r="14"/><circle ${solid} cx="32" cy="32" r="5"/>`,
  },
  person: {
    label: 'Person',
    alt: { en: 'A person, for you', cy: 'Person, ar eich cyfer chi' },
    body: `<circle ${stroke} cx="32" cy="20" r="11"/><path ${stroke} d="M12 56 C12 38 52 38 52 56"/>`,
  },
  signpost: {
    label: 'Signpost',
    alt: { en: 'A signpost, for choices', cy: 'Arwyddbost, ar gyfer dewisiadau' },
    body: `<path ${stroke} d="M32 8 V58"/><path ${stroke} d="M32 14 H52 L58 20 L52 26 H32"/><path ${stroke} d="M32 32 H12 L6 38 L12 44 H32"/>`,
  },
  steps: {
    label: 'Steps',
    alt: { en: 'Steps going up, for next steps', cy: 'Grisiau’n mynd i fyny, ar gyfer y camau nesaf' },
    body: `<path ${stroke} d="M6 56 H20 V44 H32 V32 H44 V20 H58"/><path ${stroke} d="M46 8 L56 8 L56 18"/>`,
  },
  document: {
    label: 'Paper',
    alt: { en: 'A sheet of paper, for notes', cy: 'Dalen o bapur, ar gyfer nodiadau' },
    body: `<path ${stroke} d="M16 6 H38 L50 18 V58 H16 Z"/><path ${stroke} d="M38 6 V18 H50 M24 30 H42 M24 40 H42 M24 50 H36"/>`,
  },
};

/** A standalone SVG document for one icon, sized in pixels by the caller. */
export function planIconSvg(id: PlanIconId): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">${planIcons[id].body}</svg>`;
}

/** An icon id from stored data, or null when it is not one of ours (an older or newer copy's). */
export function knownIcon(id: string | undefined): PlanIconId | null {
  return (planIconIds as readonly string[]).includes(id ?? '') ? (id as PlanIconId) : null;
}

/** Words in an action that suggest its picture, checked in this order; the first match wins. */
const actionWords: [PlanIconId, RegExp][] = [
  ['apprenticeship', /\bapprentice/i],
  ['college', /\b(college|sixth form|university|uni|course|ucas)\b/i],
  ['school', /\b(school|teacher|lesson|exam|gcse)s?\b/i],
  ['money', /\b(money|bursary|grant|loan|pay|wage|budget|£)/i],
  ['travel', /\b(bus|train|travel|journey|drive|driving|route)\b/i],
  ['phone', /\b(phone|call|ring|text)\b/i],
  ['computer', /\b(online|website|web|email|e-mail|computer|search|apply|application|form)\b/i],
  ['work', /\b(job|work|employer|cv|interview|volunteer|placement|experience)\b/i],
  ['people', /\b(meet|talk|speak|ask|tutor|parent|carer|mentor|friend|together)\b/i],
];

/** The action's picture: the adviser's choice, else one its words suggest, else a calendar when it has a date. */
export function iconForAction(action: Pick<PlanAction, 'text' | 'dueOn'> & { icon?: string | undefined }): PlanIconId {
  const chosen = knownIcon(action.icon);
  if (chosen) return chosen;
  const suggested = actionWords.find(([, words]) => words.test(action.text));
  if (suggested) return suggested[0];
  return action.dueOn ? 'calendar' : 'steps';
}

/** The built-in sections' pictures, by position in the set (first: where things stand; then hopes; then how). */
const sectionIcons: PlanIconId[] = ['person', 'signpost', 'steps'];

export function iconForSection(section: { icon?: string | undefined }, index: number): PlanIconId {
  return knownIcon(section.icon) ?? sectionIcons[index] ?? 'document';
}
