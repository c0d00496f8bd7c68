// The foot of a form: its problem (an alert), what was saved (a status), the
// main button and, where the form can be closed, Cancel. Ids are the form's
// prefix with -problem and -done, so a field can point at the problem.
import type { ReactNode } from 'react';
import type { FormStatus } from '../app/use-form';
import { FormAlert } from './FormAlert';
import { StatusMessage } from './StatusMessage';
import { SubmitButton } from './SubmitButton';

type Props = {
  idPrefix: string;
  status: FormStatus;
  children: ReactNode;
  busyLabel?: string;
  onCancel?: (() => void) | undefined;
  /** What Cancel says where the form is put aside rather than abandoned ("Not now"). */
  cancelLabel?: string;
};

export function FormActions({
  idPrefix,
  status,
  children,
  busyLabel = 'Saving…',
  onCancel,
  cancelLabel = 'Cancel',
}: Props) {
  return (
    <>
      <FormAlert id={`${idPrefix}-problem`} message={status.problem} />
      <StatusMessage id={`${idPrefix}-done`} message={status.done} />
      <div className="actions">
        <SubmitButton isBusy={status.isBusy} busyLabel={busyLabel}>
          {children}
        </SubmitButton>
        {onCancel ? (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {cancelLabel}
          </button>
        ) : null}
      </div>
    </>
  );
}
