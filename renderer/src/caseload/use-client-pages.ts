// The caseload list's rows, fetched a page at a time as they scroll into view.
// Pages belong to one query: a new filter or sort starts afresh, and answers
// for an older query are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientRow } from '../../../shared/contract/clients';
import { call } from '../api/client';
import { toClientFilter, type CaseloadQuery } from './caseload-query';

export const clientPageSize = 100;

type Pages = { key: string; total: number | null; pages: ReadonlyMap<number, ClientRow[]>; problem: string };

export type ClientPages = {
  /** null until the first page has answered. */
  total: number | null;
  problem: string;
  rowAt(index: number): ClientRow | undefined;
  /** Makes sure the rows from first to last (inclusive) are loaded or on their way. */
  load(first: number, last: number): void;
  retry(): void;
};

export function useClientPages(query: CaseloadQuery): ClientPages {
  const key = JSON.stringify(query);
  const [state, setState] = useState<Pages>({ key: '', total: null, pages: new Map(), problem: '' });
  const currentKey = useRef(key);
  const requested = useRef(new Set<string>());

  const fetchPage = useCallback(
    (pageIndex: number) => {
      const requestKey = `${pageIndex} ${key}`;
      if (requested.current.has(requestKey)) return;
      requested.current.add(requestKey);
      const parsed = JSON.parse(key) as CaseloadQuery;
      void call('clients.list', {
        filter: toClientFilter(parsed),
        sort: parsed.sort,
        offset: pageIndex * clientPageSize,
        limit: clientPageSize,
      }).then((result) => {
        if (currentKey.current !== key) return;
        if (!result.ok) requested.current.delete(requestKey);
        setState((previous) => {
          const base =
            previous.key === key ? previous : { key, total: null, pages: new Map<number, ClientRow[]>(), problem: '' };
          if (!result.ok) return { ...base, problem: result.error.message };
          const pages = new Map(base.pages);
          pages.set(pageIndex, result.value.rows);
          return { key, total: result.value.total, pages, problem: '' };
        });
      });
    },
    [key],
  );

  useEffect(() => {
    currentKey.current = key;
    requested.current.clear();
    fetchPage(0);
  }, [key, fetchPage]);

  const isCurrent = state.key === key;
  const pages = isCurrent ? state.pages : null;

  const load = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / clientPageSize); page <= Math.floor(last / clientPageSize); page += 1) {
        if (!pages?.has(page)) fetchPage(page);
      }
    },
    [pages, fetchPage],
  );

  const retry = useCallback(() => {
    requested.current.clear();
    fetchPage(0);
  }, [fetchPage]);

  return {
    total: isCurrent ? state.total : null,
    problem: isCurrent ? state.problem : '',
    rowAt: (index) => pages?.get(Math.floor(index / clientPageSize))?.[index % clientPageSize],
    load,
    retry,
  };
}
