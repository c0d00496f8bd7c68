// A labelled multi-line box for longer writing, such as "About me".
import type { Ref } from 'react';
import { fieldDescribers } from './field-describers';
import { FieldMessages } from './FieldMessages';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
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
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        ref={textAreaRef}
        value={value}
        rows={rows}
        lang={lang}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribers(id, { hasError: Boolean(error), hasHint: Boolean(hint) })}
        className="field-input field-textarea"
      />
    </div>
  );
}
