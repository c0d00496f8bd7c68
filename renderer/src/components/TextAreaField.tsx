// A labelled multi-line box for longer writing, such as "About me".
import type { Ref } from 'react';
import { describeControl, LabelledField, type FieldBasics } from './LabelledField';

type Props = FieldBasics & {
  rows?: number;
  maxLength?: number;
  textAreaRef?: Ref<HTMLTextAreaElement>;
  /** The language written in the box, when not English ("cy" for Welsh), so spelling and screen readers follow it. */
  lang?: string;
};

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  rows = 4,
  maxLength,
  textAreaRef,
  lang,
}: Props) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        ref={textAreaRef}
        value={value}
        rows={rows}
        lang={lang}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        {...describeControl(id, { hint, error })}
        className="field-input field-textarea"
      />
    </LabelledField>
  );
}
