// Turns the shared schema's problems into one message per field, so a form can
// check itself with the same rules main applies and mark the right boxes.

export type FieldErrors = Record<string, string>;

type Issue = { path: readonly PropertyKey[]; message: string };

/** Keys are dotted paths ("surname", "agreement.endsOn", "contacts.0.email"); the first problem per field wins. */
export function fieldErrorsFrom(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}

export function hasFieldErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Focuses the first marked field in the order the form shows them. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  first?.focus();
}

/** The problems of one part of the input, named within it (`identityCheck.method` becomes `method`), for its fields. */
export function errorsWithin(errors: FieldErrors, key: string): FieldErrors {
  const within: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path.startsWith(`${key}.`)) within[path.slice(key.length + 1)] = message;
  }
  return within;
}
