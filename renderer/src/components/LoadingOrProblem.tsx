// What a screen shows while something it reads has not arrived: the problem
// it met, with Try again, or else a quiet "Loading…" line.
import type { Query } from '../api/use-query';
import { Loading } from './Loading';
import { LoadProblem } from './LoadProblem';

type Props = {
  query: Pick<Query<unknown>, 'problem' | 'reload'>;
  /** What is being read, as the Loading line says it ("the versions"). */
  what: string;
  /** The problem's own words, where they differ from `what` with a capital ("The backup folder"). */
  problemWhat?: string;
};

export function LoadingOrProblem({ query, what, problemWhat = what.charAt(0).toUpperCase() + what.slice(1) }: Props) {
  return query.problem ? (
    <LoadProblem what={problemWhat} message={query.problem} onRetry={query.reload} />
  ) : (
    <Loading what={what} />
  );
}
