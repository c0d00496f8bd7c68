// A calm flag in the client page's header when a safeguarding concern is on
// record, with a link to the records. Never shown on the caseload list or
// the lock screen, where others may see the screen.
type Props = { concernCount: number; onShow: () => void };

export function SafeguardingFlag({ concernCount, onShow }: Props) {
  if (concernCount === 0) return null;
  return (
    <p className="safeguarding-flag">
      <span className="safeguarding-flag-label">
        {concernCount === 1 ? 'Safeguarding concern recorded' : `${concernCount} safeguarding concerns recorded`}
      </span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        See the safeguarding records
      </button>
    </p>
  );
}
