// The one sentence beside a client's before-and-now chart: how many of the
// competencies they have rated more than once are higher now than at first.
// The same sentence is the chart's accessible name and the plan's alt text.
import type { ClientProgress, CompetencyProgress } from '../contract/progress';
import { frameworkIds, frameworks, type FrameworkId } from './frameworks';

export type ChangeDirection = 'higher' | 'lower' | 'same' | 'once';

export function changeOf({
  count,
  first,
  latest,
}: {
  count: number;
  first: { rating: number };
  latest: { rating: number };
}): ChangeDirection {
  if (count < 2) return 'once';
  if (latest.rating > first.rating) return 'higher';
  return latest.rating < first.rating ? 'lower' : 'same';
}

export function progressSummary(
  calledName: string,
  framework: FrameworkId,
  entries: readonly Pick<CompetencyProgress, 'count' | 'first' | 'latest'>[],
): string {
  const { noun } = frameworks[framework];
  const nouns = (count: number) => `${count} ${count === 1 ? noun.one : noun.many}`;
  if (entries.length === 0) return `${calledName} has not rated any ${noun.many} yet.`;
  const tally = { higher: 0, lower: 0, same: 0, once: 0 };
  for (const entry of entries) tally[changeOf(entry)] += 1;
  const compared = entries.length - tally.once;
  if (compared === 0)
    return `${calledName} has rated ${nouns(tally.once)} once so far; the next rating will show any change.`;
  const others = [tally.lower > 0 ? `${tally.lower} lower` : '', tally.same > 0 ? `${tally.same} the same` : ''].filter(
    Boolean,
  );
  const onceOnly = tally.once > 0 ? ` (${nouns(tally.once)} rated only once so far)` : '';
  return `${calledName} rated ${tally.higher} of ${nouns(compared)} higher now than at first${others.length > 0 ? `, ${others.join(' and ')}` : ''}${onceOnly}.`;
}

export type FrameworkProgress = { framework: FrameworkId; sentence: string; competencies: CompetencyProgress[] };

/** One group per framework the client has been rated on, the one in use now first, each with its sentence. */
export function progressByFramework({
  calledName,
  chosenFramework,
  competencies,
}: Pick<ClientProgress, 'calledName' | 'chosenFramework' | 'competencies'>): FrameworkProgress[] {
  return [chosenFramework, ...frameworkIds.filter((id) => id !== chosenFramework)]
    .map((framework) => ({ framework, competencies: competencies.filter((entry) => entry.framework === framework) }))
    .filter((group) => group.competencies.length > 0)
    .map((group) => ({ ...group, sentence: progressSummary(calledName, group.framework, group.competencies) }));
}
