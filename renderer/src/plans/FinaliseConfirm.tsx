// Finalising asks first and says what it does: the draft becomes a version
// that never changes, and later changes need a new draft. A modal dialog,
// so Escape or "Not yet" leaves everything as it was.
import { useEffect, useRef } from 'react';
import { BusyButton } from '../components/BusyButton';

type Props = { versionNumber: number; isOpen: boolean; isBusy: boolean; onConfirm: () => void; onCancel: () => void };

export function FinaliseConfirm({ versionNumber, isOpen, isBusy, onConfirm, onCancel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby="finalise-confirm-heading"
      aria-describedby="finalise-confirm-what"
      onClose={onCancel}
    >
      <h2 id="finalise-confirm-heading">Finalise version {versionNumber}?</h2>
      <div id="finalise-confirm-what">
        <p>
          Finalising keeps the plan exactly as it stands now as version {versionNumber}: what was agreed, as it was
          agreed. It cannot be changed afterwards, and the client’s copy is made from it.
        </p>
        <p>
          Check it reads as written to the client, in their words. Later changes go into a new draft, which becomes
          version {versionNumber + 1}.
        </p>
      </div>
      <div className="actions">
        <BusyButton isBusy={isBusy} busyLabel="Finalising…" onClick={onConfirm}>
          {`Yes, finalise version ${versionNumber}`}
        </BusyButton>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Not yet
        </button>
      </div>
    </dialog>
  );
}
