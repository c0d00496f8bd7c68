// Action plan vocabulary and pure rules: section sets, owners, outcomes,
// SMART hints (advice, never a gate) and what changed between versions.

export const sectionSets = {
  'now-want-how': { label: 'Where you are now / want to be / how you will get there', headings: ['Where you are now', 'Where you want to be', 'How you will get there'] },
  'situation-ideas-plans': { label: 'Your situation / future ideas / plans', headings: ['Your current situation', 'Your future ideas', 'Your plans'] },
  'easy-read': { label: 'Easy read: About me / My options / My plans', headings: ['About me', 'My options and opportunities', 'My plans and next steps'] },
  custom: { label: 'My own sections', headings: ['Summary'] },
} as const;
export type SectionSet = keyof typeof sectionSets;
export const sectionSetIds = Object.keys(sectionSets) as SectionSet[];

export const ownerKinds = ['client', 'adviser', 'supporter'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

export const actionStatuses = ['to-do', 'in-progress', 'done', 'changed', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const actionStatusLabels: Record<ActionStatus, string> = { 'to-do': 'To do', 'in-progress': 'In progress', done: 'Done', changed: 'Changed', dropped: 'Dropped' };

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
export type PlanSection = { id: string; heading: string; body: string; isSensitive: boolean; headingCy?: string; bodyCy?: string; icon?: string };
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
const vagueVerbs = ['think about', 'consider', 'look into', 'try to', 'explore', 'maybe', 'research', 'find out about', 'work on', 'be more'];

/** SMART is a guide, not a gate: these hints never stop a plan being saved. */
export function smartHints(content: Pick<PlanContent, 'actions'>): SmartHint[] {
  const hints: SmartHint[] = [];
  const live = content.actions.filter((action) => action.status !== 'dropped' && action.status !== 'done');
  if (live.length > 3) {
    hints.push({ actionId: null, message: `There are ${live.length} actions. Three is often enough; a long list can put people off.` });
  }
  for (const action of live) {
    const text = action.text.toLowerCase();
    const vague = vagueVerbs.find((verb) => text.startsWith(verb) || text.includes(` ${verb} `));
    if (vague) hints.push({ actionId: action.id, message: `"${vague}" is a vague verb. Could you say exactly what will be done?` });
    if (!action.dueOn) hints.push({ actionId: action.id, message: 'No date: fine if deliberate.' });
    if (action.owner.kind === 'supporter' && !action.owner.name.trim()) hints.push({ actionId: action.id, message: 'No owner: who is the supporter who will do this?' });
  }
  return hints;
}

export type ActionChange = { text: string; change: 'added' | 'removed' | 'changed' | 'unchanged'; before?: PlanAction; after?: PlanAction };

/** Pairs actions across two versions by id, to show what changed. */
export function compareActions(before: PlanAction[], after: PlanAction[]): ActionChange[] {
  const earlier = new Map(before.map((action) => [action.id, action]));
  const changes: ActionChange[] = after.map((action) => {
    const previous = earlier.get(action.id);
    earlier.delete(action.id);
    if (!previous) return { text: action.text, change: 'added', after: action };
    const isSame = JSON.stringify({ ...previous, reviewComment: '' }) === JSON.stringify({ ...action, reviewComment: '' });
    return { text: action.text, change: isSame ? 'unchanged' : 'changed', before: previous, after: action };
  });
  for (const removed of earlier.values()) changes.push({ text: removed.text, change: 'removed', before: removed });
  return changes;
}
