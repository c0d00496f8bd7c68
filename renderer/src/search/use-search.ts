// Search as you type: asks main at once, keeps at most one question waiting
// while another is on its way (the latest text; those typed in between are
// never asked), and drops any answer that arrives after the text has changed.
import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../shared/contract/search';
import { call } from '../api/client';

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
  // A search takes a few milliseconds in main, so asking at once puts results on screen within a
  // frame or two of the key; a burst of keys while one is answered sends one more question, not one per key.
  const asking = useRef<{ isOnItsWay: boolean; waiting: string | null; latest: string }>({
    isOnItsWay: false,
    waiting: null,
    latest: query,
  });

  useEffect(() => {
    const state = asking.current;
    state.latest = query;
    if (query === '') return;
    const ask = (question: string) => {
      state.isOnItsWay = true;
      void call('search.query', { text: question, limit: resultLimit }).then((result) => {
        const answered = result.ok
          ? { text: question, results: result.value, problem: '' }
          : { text: question, results: [], problem: result.error.message };
        // A late answer to text typed on the way never hides the answer to the text there now: typed
        // again after Escape, the old answer for "hill" shows at once, and Enter must still open it.
        setAnswer((shown) => (shown?.text === state.latest && question !== state.latest ? shown : answered));
        state.isOnItsWay = false;
        const next = state.waiting;
        state.waiting = null;
        if (next !== null && next !== question) ask(next);
      });
    };
    if (state.isOnItsWay) state.waiting = query;
    else ask(query);
  }, [query]);

  if (query === '') return { results: [], problem: '' };
  if (answer?.text !== query) return { results: null, problem: '' };
  return { results: answer.results, problem: answer.problem };
}
