// The caseload as one virtualised table: however many clients there are, only
// the rows in view (and a few either side) are in the page, and rows are
// fetched a page at a time as they come into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { caseloadColumnCount, CaseloadRow } from './CaseloadRow';
import type { ClientPages } from './use-client-pages';

/** Fixed heights (px) keep scrolling cheap; styles.css uses the same values. */
const rowHeight = 52;
const headerHeight = 48;
const pageJump = 10;

type Props = { clients: ClientPages; total: number; caption: string; onOpen: (clientId: string) => void };

export function CaseloadList({ clients, total, caption, onOpen }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here is memoised across its updates.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // The sticky header sits above the first row inside the scrolling box.
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { load } = clients;

  useEffect(() => {
    if (total > 0) load(first, last);
  }, [first, last, total, load]);

  // After arrow keys scroll a row into view, move focus to it once it is rendered.
  useEffect(() => {
    if (pendingFocus.current === null) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-row-index="${pendingFocus.current}"]`);
    if (button) {
      button.focus({ preventScroll: true });
      pendingFocus.current = null;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActiveIndex(next);
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = event.target instanceof HTMLElement ? Number(event.target.dataset.rowIndex ?? activeIndex) : activeIndex;
    const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: from - 1, PageDown: from + pageJump, PageUp: from - pageJump, Home: 0, End: total - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  // Exactly one row is a tab stop: the last one used, or the first in view if that one has scrolled away.
  const tabbable = items.some((item) => item.index === activeIndex) ? activeIndex : first;
  const paddingTop = items.length > 0 ? (items[0]?.start ?? headerHeight) - headerHeight : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? headerHeight) - headerHeight) : 0;

  return (
    <div ref={scrollRef} className="caseload-scroller" data-testid="caseload-scroller">
      <table className="caseload-table" aria-rowcount={total + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <colgroup>
          <col className="col-name" />
          <col className="col-year" />
          <col className="col-organisation" />
          <col className="col-tutor" />
          <col className="col-provision" />
          <col className="col-send" />
          <col className="col-date" />
          <col className="col-date" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Name</th>
            <th scope="col">Year</th>
            <th scope="col">Organisation</th>
            <th scope="col">Tutor group</th>
            <th scope="col">Provision</th>
            <th scope="col">SEND</th>
            <th scope="col">Last seen</th>
            <th scope="col">Review due</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="caseload-spacer">
              <td colSpan={caseloadColumnCount} style={{ height: paddingTop }} />
            </tr>
          ) : null}
          {items.map((item) => (
            <CaseloadRow key={item.key} row={clients.rowAt(item.index)} index={item.index} isTabbable={item.index === tabbable} onOpen={onOpen} />
          ))}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="caseload-spacer">
              <td colSpan={caseloadColumnCount} style={{ height: paddingBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
