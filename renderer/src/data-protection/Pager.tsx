// Previous and next for a paged list, with where the adviser is in it.
type Props = { label: string; offset: number; limit: number; total: number; onChange: (offset: number) => void };

export function Pager({ label, offset, limit, total, onChange }: Props) {
  if (total <= limit) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="dp-pager" aria-label={label}>
      <button
        type="button"
        className="button button-quiet dp-button-small"
        disabled={offset === 0}
        onClick={() => onChange(Math.max(0, offset - limit))}
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
        onClick={() => onChange(offset + limit)}
      >
        Next
      </button>
    </nav>
  );
}
