// One form's round trip, the same in every form: check the draft with the
// shared schema (the rules main applies), mark each bad field beside it and
// focus the first, send it, then say what happened: a problem above the
// button, or what was saved. One submission at a time (useSubmission).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ZodType } from 'zod';
import type { AppErrorBody, Result } from '../../../shared/contract/errors';
import { checkboxesOf, fieldsOf } from './draft-fields';
import { fieldErrorsFrom, focusFirstInvalid, hasFieldErrors, type FieldErrors } from './field-errors';
import { lengthLimitsOf } from '../../../shared/contract/length-limits';
import { useSubmission } from './use-submission';

/** What a form's check gives back: the value to send, or the problems to mark. */
export type Checked<T> = { value: T } | { errors: FieldErrors; problem?: string; focus?: () => void };

/**
 * Checks `input` with `schema`, adding `found` (problems the schema cannot see,
 * such as a time typed as "9.3"; a field's own message there wins), and
 * `problem`, a sentence for above the button when any field is marked.
 */
export function checkWith<T>(
  schema: ZodType<T>,
  input: unknown,
  { found = {}, problem }: { found?: FieldErrors; problem?: string } = {},
): Checked<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success && !hasFieldErrors(found)) return { value: parsed.data };
  const errors = { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues)), ...found };
  return problem === undefined ? { errors } : { errors, problem };
}

type Submission<T, R> = {
  check: () => Checked<T>;
  send: (value: T) => Promise<Result<R>>;
  /** Runs with what main returned (the form stays busy until it has finished); a string it returns is shown as done. */
  onSent?: (value: R) => string | void | Promise<string | void>;
  /** Runs after main refused, its message shown (for example, to focus the field it concerns). */
  onRefused?: (error: AppErrorBody) => void;
  /** The field a refusal is about (a wrong current passphrase): its message is marked beside it, not above the button. */
  refusedField?: (error: AppErrorBody) => string | undefined;
};

export function useForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  // Where the focus goes once the marked fields have rendered: asked for with a new object each time.
  const [focusAsked, setFocusAsked] = useState<{ focus?: (() => void) | undefined } | null>(null);
  useEffect(() => {
    if (focusAsked) (focusAsked.focus ?? (() => focusFirstInvalid(formRef.current)))();
  }, [focusAsked]);

  function submit<T, R>(
    event: FormEvent | null,
    { check, send, onSent, onRefused, refusedField }: Submission<T, R>,
  ): void {
    event?.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const checked = check();
      if ('errors' in checked) {
        setErrors(checked.errors);
        setProblem(checked.problem ?? '');
        setFocusAsked({ focus: checked.focus });
        return;
      }
      setErrors({});
      const result = await send(checked.value);
      if (!result.ok) {
        const field = refusedField?.(result.error);
        if (field) {
          setErrors({ [field]: result.error.message });
          setFocusAsked({});
          return;
        }
        setProblem(result.error.message);
        onRefused?.(result.error);
        return;
      }
      const message = await onSent?.(result.value);
      if (message) setDone(message);
    });
  }

  // What the form's foot shows (FormActions), kept apart from the ref so it can be passed around while rendering.
  const status = { problem, done, isBusy };
  return { formRef, errors, status, submit, setProblem, setDone };
}

export type FormStatus = { problem: string; done: string; isBusy: boolean };

/**
 * A form that edits a draft (most forms): useForm, with the draft, `change`
 * to set some of its fields, `field(key)` to wire one into TextField,
 * DateField, SelectField or TextAreaField (id `<idPrefix>-<key>`, see fieldsOf),
 * and `checkbox(key)` to wire a yes or no into CheckboxField. Given the
 * channel's schema, each box takes its most characters from it.
 */
export function useDraftForm<Draft extends object>(
  idPrefix: string,
  initial: Draft | (() => Draft),
  /** The channel's input schema: each field's most characters are read from it (lengthLimitsOf). */
  limitsFrom?: ZodType,
) {
  const form = useForm();
  const [draft, setDraft] = useState(initial);
  const [limits] = useState(() => (limitsFrom ? lengthLimitsOf(limitsFrom) : {}));
  const change = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  return {
    ...form,
    draft,
    setDraft,
    change,
    field: fieldsOf(idPrefix, draft, change, form.errors, limits),
    checkbox: checkboxesOf(idPrefix, draft, change),
  };
}
