// The frame every form field shares: the label, then the hint and the
// problem, then the control itself, and the field marked while it has a
// problem. `describeControl` ties the hint and problem to the control so a
// screen reader reads them with it.
import type { ChangeEvent, ReactNode } from 'react';
import { fieldDescribers } from './field-describers';
import { FieldMessages } from './FieldMessages';

/** What every field that holds text takes: its id, label, value and change, and its hint and problem. */
export type FieldBasics = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  /** The most characters it takes: the contract's limit, so the box stops where main would refuse. */
  maxLength?: number | undefined;
};

type Props = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Added to the field's own class (a narrower field in a row). */
  className?: string | undefined;
  children: ReactNode;
};

export function LabelledField({ id, label, hint, error, className, children }: Props) {
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The control's marks: invalid while it has a problem, described by the problem, the hint, then `others`. */
export function describeControl(
  id: string,
  { hint, error, others = [] }: { hint?: string | undefined; error?: string | undefined; others?: string[] },
) {
  return {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': fieldDescribers(id, { hasError: Boolean(error), hasHint: Boolean(hint), others }),
  };
}

/** What a text box or a text area takes from its field: its id and value, its text as it changes, and its marks. */
export function textControlOf(field: FieldBasics, others: string[] = []) {
  return {
    id: field.id,
    value: field.value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => field.onChange(event.target.value),
    maxLength: field.maxLength,
    ...describeControl(field.id, { hint: field.hint, error: field.error, others }),
  };
}
