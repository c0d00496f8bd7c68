// Removing a session (a diary session, a group session) asks first, where
// the button was: the question, then Yes and No.
import type { ReactNode } from 'react';

type Props = {
  /** The question's id, which names the group for screen readers. */
  questionId: string;
  question: ReactNode;
  isAsking: boolean;
  onAsking: (isAsking: boolean) => void;
  onRemove: () => void;
  /** Marks Yes unavailable while a removal is under way. */
  isBusy?: boolean;
};

export function RemoveSession({ questionId, question, isAsking, onAsking, onRemove, isBusy }: Props) {
  if (!isAsking) {
    return (
      <button type="button" className="button button-quiet" onClick={() => onAsking(true)}>
        Remove session…
      </button>
    );
  }
  return (
    <div className="callout" role="group" aria-labelledby={questionId}>
      <p id={questionId}>{question}</p>
      <div className="actions">
        <button type="button" className="button" disabled={isBusy} onClick={onRemove}>
          Yes, remove the session
        </button>
        <button type="button" className="button button-quiet" onClick={() => onAsking(false)}>
          No, keep it
        </button>
      </div>
    </div>
  );
}
