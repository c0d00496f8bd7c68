// A record's whole form (a client, an organisation): its sections, then the
// foot with the problem main found, Save and Cancel.
import type { ReactNode } from 'react';
import type { RecordFormProps } from '../app/record-form';
import { FormActions } from './FormActions';

type Props = Omit<RecordFormProps<unknown>, 'draft' | 'errors' | 'onChange'> & {
  idPrefix: string;
  children: ReactNode;
};

export function RecordForm({ idPrefix, problem, isBusy, submitLabel, onSubmit, onCancel, formRef, children }: Props) {
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="record-form">
      {children}
      <FormActions idPrefix={idPrefix} status={{ problem, done: '', isBusy }} onCancel={onCancel}>
        {submitLabel}
      </FormActions>
    </form>
  );
}
