// The quiet autosave line: "Saved at 10:42", announced politely; a failure
// says what went wrong and that the work is still on screen.
import { formatTimeOfDay } from './clock';
import type { SaveStatus } from './use-autosave';

type Props = { id: string; status: SaveStatus; what: string };

export function SaveStatusLine({ id, status, what }: Props) {
  return (
    <>
      <p id={id} className="save-status" aria-live="polite">
        {status.kind === 'saved' ? `Saved at ${formatTimeOfDay(status.savedAt)}` : ''}
      </p>
      <div id={`${id}-problem`} role="alert" className={status.kind === 'failed' ? 'save-problem' : 'notice-empty'}>
        {status.kind === 'failed' ? (
          <p>
            <span className="notice-label">Not saved: </span>
            {status.message}{' '}
            {`Your ${what} ${what.endsWith('s') ? 'are' : 'is'} still here, and Waymark will try again as you carry on.`}
          </p>
        ) : null}
      </div>
    </>
  );
}
