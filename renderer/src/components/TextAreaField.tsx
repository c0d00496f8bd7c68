// A labelled multi-line box for longer writing, such as "About me".
import type { Ref } from 'react';
import { LabelledField, textControlOf, type FieldBasics } from './LabelledField';

type Props = FieldBasics & {
  rows?: number;
  textAreaRef?: Ref<HTMLTextAreaElement>;
  /** The language written in the box, when not English ("cy" for Welsh), so spelling and screen readers follow it. */
  lang?: string;
};

export function TextAreaField({ rows = 4, textAreaRef, lang, ...field }: Props) {
  return (
    <LabelledField {...field}>
      <textarea
        {...textControlOf(field)}
        ref={textAreaRef}
        rows={rows}
        lang={lang}
        className="field-input field-textarea"
      />
    </LabelledField>
  );
}
