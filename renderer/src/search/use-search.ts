// Search as you type: waits for a short pause in typing, asks main, and drops
// any answer that arrives after the text has changed again.
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/contract/caseload';
import { call } from '../api/client';

const pauseMs = 120;
const resultLimit = 8;

export type SearchState = {
  /** Results for exactly the current text; null while they are on their way. */
  results: SearchResult[] | null;
  problem: string;
};

type Answer = { text: string; results: SearchResult[]; problem: string };

export function useSearch(text: string): SearchState {
  const query = text.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (query === '') return undefined;
    let isCurrent = true;
    const timer = window.setTimeout(() => {
      void call('search.query', { text: query, limit: resultLimit }).then((result) => {
        if (!isCurrent) return;
        setAnswer(result.ok ? { text: query, results: result.value, problem: '' } : { text: query, results: [], problem: result.error.message });
      });
    }, pauseMs);
    return () => {
      isCurrent = false;
      window.clearTimeout(timer);
    };
  }, [query]);

  if (query === '') return { results: [], problem: '' };
  if (answer?.text !== query) return { results: null, problem: '' };
  return { results: answer.results, problem: answer.problem };
}
