// One part of the plan (an action, a section) has its texts in English and,
// for a Welsh or bilingual plan, in Welsh. Each box is wired like fieldsOf's,
// with the plan editor's ids: the part's prefix and the key, a Welsh key's
// "Cy" written "-cy" ("plan-action-2-text-cy", the box WelshToWrite takes the
// adviser to).
import type { FieldErrors } from '../app/field-errors';

/** The keys of a part that hold text (a Welsh one is missing until written). */
type TextKey<Part> = {
  [Key in keyof Part]-?: string extends Part[Key] ? (Part[Key] extends string | undefined ? Key : never) : never;
}[keyof Part] &
  string;

/** `errors` are named within the part (`textCy`), as errorsWithin gives them. */
export function textFieldsOf<Part extends object>(
  idPrefix: string,
  part: Part,
  change: (changes: Partial<Part>) => void,
  errors: FieldErrors,
) {
  return (key: TextKey<Part>) => ({
    id: `${idPrefix}-${key.replace(/Cy$/, '-cy')}`,
    value: (part[key] as string | undefined) ?? '',
    onChange: (value: string) => {
      const changes: Partial<Part> = {};
      changes[key] = value as Part[TextKey<Part>];
      change(changes);
    },
    error: errors[key],
  });
}
