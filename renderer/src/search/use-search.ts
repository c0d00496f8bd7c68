// Search as you type: waits for a short pause in typing, asks main, and drops
// any answer that arrives after the text has changed again.
import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import { call } from '../api/client';

// Short enough that results follow each keystroke within 100 ms (a search takes about 20 ms at
// 20,000 clients); long enough that a burst of keys sends one question, not one per key.
const pauseMs = 25;
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
        setAnswer(
          result.ok
            ? { text: query, results: result.value, problem: '' }
            : { text: query, results: [], problem: result.error.message },
        );
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
