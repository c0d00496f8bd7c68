// Several reads a screen waits for together, as one for LoadingOrProblem: the
// first problem any of them met, and one Try again that reads them all again.
import type { Query } from '../api/use-query';

type Loading = Pick<Query<unknown>, 'problem' | 'reload'>;

export function loadTogether(...queries: Loading[]): Loading {
  return {
    problem: queries.find((query) => query.problem)?.problem ?? '',
    reload: () => {
      for (const query of queries) query.reload();
    },
  };
}
