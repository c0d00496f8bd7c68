// Where the adviser is in one of the data-protection lists that come a page at
// a time (the audit log, the disclosure log, the retention review): the page
// to ask main for, and the move the Pager makes.
import { useState } from 'react';

const pageSize = 50;

export type Paging = { page: { offset: number; limit: number }; setOffset: (offset: number) => void };

export function usePaging(): Paging {
  const [offset, setOffset] = useState(0);
  return { page: { offset, limit: pageSize }, setOffset };
}
