// A labelled drop-down with an optional hint and error, described like TextField.
import type { Ref } from 'react';
import { fieldDescribers } from './field-describers';
import { FieldMessages } from './FieldMessages';

export type SelectOption = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  describedBy?: string[];
  selectRef?: Ref<HTMLSelectElement>;
  className?: string;
};

export function SelectField({
  id,
  label,
  value,
  options,
  onChange,
  hint,
  error,
  describedBy = [],
  selectRef,
  className,
}: Props) {
  return (
    <div className={[error ? 'field field-invalid' : 'field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        ref={selectRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribers(id, {
          hasError: Boolean(error),
          hasHint: Boolean(hint),
          others: describedBy,
        })}
        className="field-input field-select"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
