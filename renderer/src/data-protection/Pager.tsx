// Previous and next for a paged list, with where the adviser is in it.
import type { Paging } from './use-paging';

type Props = { label: string; paging: Paging; total: number };

export function Pager({ label, paging, total }: Props) {
  const { offset, limit } = paging.page;
  if (total <= limit) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="dp-pager" aria-label={label}>
      <button
        type="button"
        className="button button-quiet dp-button-small"
        disabled={offset === 0}
        onClick={() => paging.setOffset(Math.max(0, offset - limit))}
      >
        Previous
      </button>
      <p className="dp-pager-position">
        {first}–{last} of {total}
      </p>
      <button
        type="button"
        className="button button-quiet dp-button-small"
        disabled={last >= total}
        onClick={() => paging.setOffset(offset + limit)}
      >
        Next
      </button>
    </nav>
  );
}
