// The caseload as one virtualised table: however many clients there are, only
// the rows in view (and a few either side) are in the page, and rows are
// fetched a page at a time as they come into view. The page itself scrolls
// (one scroll bar; the filters move out of the way) and the column headings stick.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { caseloadColumnCount, CaseloadRow } from './CaseloadRow';
import type { ClientPages } from './use-client-pages';

/** Fixed heights (px) keep scrolling cheap; styles.css uses the same values. */
const rowHeight = 52;
const headerHeight = 40;
const pageJump = 10;

type Props = { clients: ClientPages; total: number; caption: string; onOpen: (clientId: string) => void };

export function CaseloadList({ clients, total, caption, onOpen }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [listTop, setListTop] = useState(0);
  const [activeIndex, setActiveIndex] = useState(0);
  const pendingFocus = useRef<number | null>(null);
  const virtualizer = useWindowVirtualizer({
    count: total,
    estimateSize: () => rowHeight,
    overscan: 6,
    // Rows start below whatever is above the table (reminders, filters) and its header row.
    scrollMargin: listTop + headerHeight,
    // The sticky header covers the top of the window: rows scrolled to must land below it.
    scrollPaddingStart: headerHeight,
  });

  // Where the table starts moves when what is above it changes size (a reminder appears, filters wrap).
  useEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (list) setListTop(list.getBoundingClientRect().top + window.scrollY);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
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
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-row-index="${pendingFocus.current}"]`);
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
    const from =
      event.target instanceof HTMLElement ? Number(event.target.dataset.rowIndex ?? activeIndex) : activeIndex;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + pageJump,
      PageUp: from - pageJump,
      Home: 0,
      End: total - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  // Exactly one row is a tab stop: the last one used, or the first in view if that one has scrolled away.
  const tabbable = items.some((item) => item.index === activeIndex) ? activeIndex : first;
  const margin = listTop + headerHeight;
  const paddingTop = items.length > 0 ? (items[0]?.start ?? margin) - margin : 0;
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - ((items.at(-1)?.end ?? margin) - margin) : total * rowHeight;

  return (
    <div ref={listRef} className="caseload-list" data-testid="caseload-list">
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
            <CaseloadRow
              key={item.key}
              row={clients.rowAt(item.index)}
              index={item.index}
              isTabbable={item.index === tabbable}
              onOpen={onOpen}
            />
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
