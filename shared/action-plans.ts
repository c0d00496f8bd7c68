// Action plan vocabulary and pure rules: section sets, owners, outcomes,
// SMART hints (advice, never a gate) and what changed between versions.

export const sectionSets = {
  'now-want-how': {
    label: 'Where you are now / want to be / how you will get there',
    headings: ['Where you are now', 'Where you want to be', 'How you will get there'],
  },
  'situation-ideas-plans': {
    label: 'Your situation / future ideas / plans',
    headings: ['Your current situation', 'Your future ideas', 'Your plans'],
  },
  'easy-read': {
    label: 'Easy read: About me / My options / My plans',
    headings: ['About me', 'My options and opportunities', 'My plans and next steps'],
  },
  custom: { label: 'My own sections', headings: ['Summary'] },
} as const;
export type SectionSet = keyof typeof sectionSets;
export const sectionSetIds = Object.keys(sectionSets) as SectionSet[];

export const ownerKinds = ['client', 'adviser', 'supporter'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

export const actionStatuses = ['to-do', 'in-progress', 'done', 'changed', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = {
  'to-do': 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  changed: 'Changed',
  dropped: 'Dropped',
};

export type PlanLink = { title: string; url: string };
export type PlanAction = {
  id: string;
  text: string;
  owner: { kind: OwnerKind; name: string };
  dueOn: string | null;
  status: ActionStatus;
  notes: string;
  links: PlanLink[];
  isSensitive: boolean;
  /** Filled in at review: what happened since the last version. */
  reviewComment: string;
  /** The adviser's Welsh, for a Welsh or bilingual plan (absent in plans from before Welsh was offered). */
  textCy?: string;
  notesCy?: string;
  /** The easy-read picture the adviser chose (shared/plan-icons.ts); absent: one the words suggest. */
  icon?: string;
};
export type PlanSection = {
  id: string;
  heading: string;
  body: string;
  isSensitive: boolean;
  headingCy?: string;
  bodyCy?: string;
  icon?: string;
};
export type PlanContent = {
  goal: string;
  goalCy?: string;
  sectionSet: SectionSet;
  sections: PlanSection[];
  actions: PlanAction[];
  resources: PlanLink[];
  imageIds: string[];
};

/** Who does it, in the plan's own second-person voice. */
export function describeOwner(owner: PlanAction['owner']): string {
  if (owner.kind === 'client') return 'You';
  if (owner.kind === 'adviser') return owner.name ? `${owner.name} (your adviser)` : 'Your adviser';
  return owner.name || 'Someone supporting you';
}

export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}

export type SmartHint = { actionId: string | null; message: string };

/** Words that rarely say what will actually be done. */
const vagueVerbs = [
  'think about',
  'consider',
  'look into',
  'try to',
  'explore',
  'maybe',
  'research',
  'find out about',
  'work on',
  'be more',
];

/** SMART is a guide, not a gate: these hints never stop a plan being saved. */
export function smartHints(content: Pick<PlanContent, 'actions'>): SmartHint[] {
  const hints: SmartHint[] = [];
  const live = content.actions.filter((action) => action.status !== 'dropped' && action.status !== 'done');
  if (live.length > 3) {
    hints.push({
      actionId: null,
      message: `There are ${live.length} actions. Three is often enough; a long list can put people off.`,
    });
  }
  for (const action of live) {
    const text = action.text.toLowerCase();
    const vague = vagueVerbs.find((verb) => text.startsWith(verb) || text.includes(` ${verb} `));
    if (vague)
      hints.push({
        actionId: action.id,
        message: `"${vague}" is a vague verb. Could you say exactly what will be done?`,
      });
    if (!action.dueOn) hints.push({ actionId: action.id, message: 'No date: fine if deliberate.' });
    if (action.owner.kind === 'supporter' && !action.owner.name.trim())
      hints.push({ actionId: action.id, message: 'No owner: who is the supporter who will do this?' });
  }
  return hints;
}

export type ActionChange = {
  text: string;
  change: 'added' | 'removed' | 'changed' | 'unchanged';
  before?: PlanAction;
  after?: PlanAction;
};

/** Pairs actions across two versions by id, to show what changed. */
export function compareActions(before: PlanAction[], after: PlanAction[]): ActionChange[] {
  const earlier = new Map(before.map((action) => [action.id, action]));
  const changes: ActionChange[] = after.map((action) => {
    const previous = earlier.get(action.id);
    earlier.delete(action.id);
    if (!previous) return { text: action.text, change: 'added', after: action };
    const isSame =
      JSON.stringify({ ...previous, reviewComment: '' }) === JSON.stringify({ ...action, reviewComment: '' });
    return { text: action.text, change: isSame ? 'unchanged' : 'changed', before: previous, after: action };
  });
  for (const removed of earlier.values()) changes.push({ text: removed.text, change: 'removed', before: removed });
  return changes;
}

/** Abbreviations easy read spells out; capitals of two or more letters are caught separately. */
const shortForms = /\b(e\.g|i\.e|etc|approx|asap|info|dept|govt)\b\.?/gi;
/** "is sent", "will be given", "was made": a form of "to be" before a past participle. */
const passive =
  /\b(am|is|are|was|were|be|been|being)\s+((?:\w+ly\s+)?(?:\w+ed|made|done|given|sent|taken|seen|written|shown|told|known|paid|kept|held|set|put|found|chosen|met))\b/i;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\r?\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Advice for an easy-read copy (UK government guidance): one idea per sentence of
 * about 15 words, no abbreviations, active voice. Like SMART, never a gate.
 */
export function easyReadHints(content: Pick<PlanContent, 'goal' | 'sections' | 'actions'>): SmartHint[] {
  const hints: SmartHint[] = [];
  const check = (text: string, actionId: string | null, where: string) => {
    for (const sentence of sentencesOf(text)) {
      const words = sentence.split(/\s+/).filter(Boolean).length;
      if (words > 15)
        hints.push({
          actionId,
          message: `${where}: a sentence of ${words} words. Easy read keeps to 15 or fewer; could it be two?`,
        });
      const abbreviations = [...sentence.matchAll(/\b[A-Z]{2,}s?\b/g), ...sentence.matchAll(shortForms)].map(
        (match) => match[0],
      );
      for (const abbreviation of abbreviations)
        hints.push({
          actionId,
          message: `${where}: “${abbreviation}” is an abbreviation. Write it out in full, or say what it means.`,
        });
      const passiveVoice = passive.exec(sentence)?.[0];
      if (passiveVoice)
        hints.push({
          actionId,
          message: `${where}: “${passiveVoice}” does not say who does it. Could it say “you will…” or “I will…”?`,
        });
    }
  };
  check(content.goal, null, 'The goal');
  content.sections.forEach((section) => check(section.body, null, section.heading || 'A section'));
  content.actions
    .filter((action) => action.status !== 'dropped')
    .forEach((action) => check(action.text, action.id, 'This action'));
  // The same advice once per place is enough.
  return hints.filter(
    (hint, index) =>
      hints.findIndex((other) => other.actionId === hint.actionId && other.message === hint.message) === index,
  );
}
