// One form field's wiring to the draft, the same in every form: its id (the
// form's prefix and the draft's key, so a marked field and its message line
// up), what it holds, how a change is kept, and the problem marked beside it.
import type { FieldErrors } from './field-errors';
import type { LengthLimits } from '../../../shared/contract/length-limits';

/**
 * `fieldsOf('destination', draft, change, errors)('recordedOn')` gives a
 * field's id, value, onChange and error, and its most characters where
 * `limits` (lengthLimitsOf the channel's schema) has them; spread it into
 * TextField, DateField, SelectField or TextAreaField. A field whose id
 * differs sets its own after.
 */
export function fieldsOf<Draft extends object>(
  idPrefix: string,
  draft: Draft,
  change: (changes: Partial<Draft>) => void,
  errors: FieldErrors,
  limits: LengthLimits = {},
) {
  return <Key extends keyof Draft & string>(key: Key) => ({
    id: `${idPrefix}-${key}`,
    value: draft[key],
    onChange: (value: Draft[Key]) => {
      const changes: Partial<Draft> = {};
      changes[key] = value;
      change(changes);
    },
    error: errors[key],
    maxLength: limits[key],
  });
}

/** The draft's keys that hold a yes or no. */
type YesNoKey<Draft> = { [Key in keyof Draft]-?: Draft[Key] extends boolean ? Key : never }[keyof Draft] & string;

/**
 * As fieldsOf, for a yes or no: `checkboxesOf('contact', draft, change)('hasParentalResponsibility')`
 * gives a CheckboxField its id, whether it is ticked and how a tick is kept.
 */
export function checkboxesOf<Draft extends object>(
  idPrefix: string,
  draft: Draft,
  change: (changes: Partial<Draft>) => void,
) {
  return (key: YesNoKey<Draft>) => ({
    id: `${idPrefix}-${key}`,
    isChecked: draft[key] as boolean,
    onChange: (isChecked: boolean) => {
      const changes: Partial<Draft> = {};
      changes[key] = isChecked as Draft[YesNoKey<Draft>];
      change(changes);
    },
  });
}
