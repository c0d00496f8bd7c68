// A labelled input with an optional hint and error, both tied to it with
// aria-describedby so they are read out with the field.
import type { ChangeEvent, InputHTMLAttributes, KeyboardEvent, Ref } from 'react';

export type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
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
  id,
  label,
  value,
  onChange,
  hint,
  error,
  describedBy = [],
  type = 'text',
  inputRef,
  className,
  onKeyUp,
  onBlur,
  inputProps,
}: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describers = [error ? errorId : null, hint ? hintId : null, ...describedBy].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="notice-label">Problem: </span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        onKeyUp={onKeyUp}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describers || undefined}
        className={className ? `field-input ${className}` : 'field-input'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        {...inputProps}
      />
    </div>
  );
}
