// A plan's starting draft from the interview it was made in: each stage's
// notes go under the plan section that fits (early stages under "where you
// are now", goals and options under "where you want to be", the way forward
// under "how you will get there"). The adviser rewrites them to the client
// before finalising; this only saves copying.
import { builtInTemplates } from './guidance-models';

/** The three parts every section set follows: now, wanted, and how. */
export type StagePlace = 'now' | 'want' | 'how';

/** The built-in models' stages, in order (see guidance-models.ts). */
const builtInPlaces: Record<string, StagePlace[]> = {
  egan: ['now', 'want', 'how'],
  grow: ['want', 'now', 'want', 'how'],
  // OSKAR's know-how is what they already have; its review looks at where they are now.
  oskar: ['want', 'now', 'now', 'how', 'now'],
  clear: ['now', 'now', 'want', 'how', 'how'],
  'three-stage': ['now', 'want', 'how'],
};

/** For renamed or home-made stages: words that say where a stage belongs. "Exploring" means different things in different models, so it is left to position. */
const keywordPlaces: [RegExp, StagePlace][] = [
  [/\b(action|way forward|next step|plan|wrap|decid|commit|what next|affirm)/i, 'how'],
  [/\b(goal|outcome|option|future|idea|possibilit|want|understanding|aspiration)/i, 'want'],
  [
    /\b(reality|story|current|situation|now|scaling|listening|contracting|relationship|know-how|strength|background)/i,
    'now',
  ],
];

export function placeStages(stages: readonly { title: string }[], templateId: string | null): StagePlace[] {
  const builtIn = builtInTemplates.find((template) => template.id === templateId);
  const places = templateId ? builtInPlaces[templateId] : undefined;
  if (
    builtIn &&
    places &&
    builtIn.stages.length === stages.length &&
    builtIn.stages.every((stage, index) => stage.title === stages[index]?.title)
  )
    return places;
  const byPosition: StagePlace[] = ['now', 'want', 'how'];
  return stages.map(
    (stage, index) =>
      keywordPlaces.find(([pattern]) => pattern.test(stage.title))?.[1] ??
      byPosition[Math.min(2, Math.floor((index * 3) / Math.max(1, stages.length)))] ??
      'now',
  );
}

/** As planSectionSchema allows. */
export const sectionMaxLength = 50_000;
const cutShort = '\n\n[The rest is in the interview notes.]';

const placeIndex: Record<StagePlace, number> = { now: 0, want: 1, how: 2 };

/**
 * The body of each of `sectionCount` sections: the notes of the stages that
 * belong there, in the interview's order, a blank line between. A set with
 * fewer than three sections gathers the parts into the ones it has.
 */
export function sectionBodiesFromNotes(
  stages: readonly { title: string; notes: string }[],
  templateId: string | null,
  sectionCount: number,
  maxLength = sectionMaxLength,
): string[] {
  const places = placeStages(stages, templateId);
  const bodies: string[][] = Array.from({ length: sectionCount }, () => []);
  stages.forEach((stage, index) => {
    const notes = stage.notes.trim();
    if (!notes || sectionCount === 0) return;
    const section = Math.min(sectionCount - 1, Math.floor((placeIndex[places[index] ?? 'now'] * sectionCount) / 3));
    bodies[section]?.push(notes);
  });
  // Notes can run far longer than a plan section holds; the whole of them stays in the interview.
  return bodies.map((parts) => {
    const body = parts.join('\n\n');
    return body.length <= maxLength ? body : `${body.slice(0, maxLength - cutShort.length)}${cutShort}`;
  });
}
