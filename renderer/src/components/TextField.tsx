// A labelled input with an optional hint and error, both tied to it with
// aria-describedby so they are read out with the field.
import type { InputHTMLAttributes, KeyboardEvent, Ref } from 'react';
import { LabelledField, textControlOf, type FieldBasics } from './LabelledField';

export type TextFieldProps = FieldBasics & {
  /** Ids of other elements that describe this field (a strength meter, a form alert). */
  describedBy?: string[];
  /** Dates use DateField: the browser's date box follows the browser's language, not the UK's. */
  type?: 'text' | 'password' | 'number' | 'email' | 'tel';
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  onKeyUp?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
  inputProps?: Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'autoComplete' | 'min' | 'max' | 'inputMode' | 'maxLength' | 'readOnly' | 'spellCheck' | 'lang'
  >;
};

export function TextField({
  describedBy = [],
  type = 'text',
  inputRef,
  className,
  onKeyUp,
  onBlur,
  inputProps,
  ...field
}: TextFieldProps) {
  return (
    <LabelledField {...field}>
      <input
        {...textControlOf(field, describedBy)}
        ref={inputRef}
        type={type}
        onKeyUp={onKeyUp}
        onBlur={onBlur}
        className={className ? `field-input ${className}` : 'field-input'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        {...inputProps}
      />
    </LabelledField>
  );
}
