// A question asked where the button was ("Move Siân to Leeds City College?"),
// for a step that is hard to undo: the yes button says what will happen,
// Cancel (or the form's own word) steps back. It takes focus when it appears,
// through `focusRef`, so a keyboard user lands on the question.
import type { ReactNode, RefObject } from 'react';
import { BusyButton } from './BusyButton';
import { FormAlert } from './FormAlert';

type Props = {
  id: string;
  question: ReactNode;
  focusRef: RefObject<HTMLDivElement | null>;
  isBusy: boolean;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  problem?: string;
};

export function ConfirmInPlace({
  id,
  question,
  focusRef,
  isBusy,
  confirmLabel,
  busyLabel,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  problem,
}: Props) {
  return (
    <div ref={focusRef} tabIndex={-1} className="confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`}>{question}</p>
      {problem === undefined ? null : <FormAlert id={`${id}-problem`} message={problem} />}
      <div className="actions">
        <BusyButton isBusy={isBusy} busyLabel={busyLabel} onClick={onConfirm}>
          {confirmLabel}
        </BusyButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
