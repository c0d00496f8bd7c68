// A date typed day first ("23/11/2026"), whatever the browser's language: the
// browser's own date box follows its locale (month first in a US browser), so
// Waymark has its own. The form sees the ISO date the contract carries; while
// what is typed is not a real date, the form sees it as typed, and the save is
// refused with a plain message.
import { useState, type RefObject } from 'react';
import { readUkDate, toUkDate } from '../../../shared/dates';
import { TextField, type TextFieldProps } from './TextField';

type Props = Pick<TextFieldProps, 'id' | 'label' | 'onChange' | 'hint' | 'error' | 'describedBy'> & {
  /** YYYY-MM-DD, '' for none, or what was typed while it is not a real date. */
  value: string;
  inputRef?: RefObject<HTMLInputElement | null>;
};

const formatHint = 'Day, month, year, such as 23/11/2026.';

export function DateField({ id, label, value, onChange, hint, error, describedBy, inputRef }: Props) {
  const [typed, setTyped] = useState(() => toUkDate(value));
  const [shownValue, setShownValue] = useState(value);
  // A new value from outside (a loaded record, a reset form) replaces what is in the box.
  // (What the box itself sends is noted as shown first, so only an outside change differs.)
  if (value !== shownValue) {
    setShownValue(value);
    setTyped(toUkDate(value));
  }

  const change = (text: string) => {
    setTyped(text);
    const read = readUkDate(text);
    const next = read ?? text;
    setShownValue(next);
    onChange(next);
  };

  return (
    <TextField
      id={id}
      label={label}
      value={typed}
      onChange={change}
      hint={hint ? `${hint} ${formatHint}` : formatHint}
      error={error}
      describedBy={describedBy}
      inputRef={inputRef}
      className="date-input"
      inputProps={{ inputMode: 'numeric', autoComplete: 'off', maxLength: 12 }}
      onBlur={() => {
        // Tidied once the adviser moves on: "3/9/2026" and "2026-09-03" both read 03/09/2026.
        const read = readUkDate(typed);
        if (read) setTyped(toUkDate(read));
      }}
    />
  );
}
