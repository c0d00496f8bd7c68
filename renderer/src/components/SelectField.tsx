// A labelled drop-down with an optional hint and error, described like TextField.
import type { Ref } from 'react';
import { describeControl, LabelledField, type FieldBasics } from './LabelledField';

export type SelectOption = { value: string; label: string };

type Props = FieldBasics & {
  options: readonly SelectOption[];
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
    <LabelledField id={id} label={label} hint={hint} error={error} className={className}>
      <select
        id={id}
        ref={selectRef}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...describeControl(id, { hint, error, others: describedBy })}
        className="field-input field-select"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
