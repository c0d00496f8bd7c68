// What a record's form (a client, an organisation) takes from the editor that
// holds its draft: the draft and its problems, the foot's state, and what to
// do on a change, on Save and on Cancel; and what a part of such a form takes.
import type { FormEvent, Ref } from 'react';
import type { FieldErrors } from './field-errors';
import type { useForm } from './use-form';

export type RecordFormProps<Draft> = {
  draft: Draft;
  errors: FieldErrors;
  problem: string;
  isBusy: boolean;
  submitLabel: string;
  onChange: (draft: Draft) => void;
  onSubmit: (event: FormEvent) => void;
  onCancel: () => void;
  formRef?: Ref<HTMLFormElement>;
};

/** What a record's form takes from the editor's useForm: the problems, the foot's state and the form. */
export function recordFormStateOf({ errors, status, formRef }: ReturnType<typeof useForm>) {
  return { errors, problem: status.problem, isBusy: status.isBusy, formRef };
}

/**
 * What a part of a form takes (a person, an identity check, a plan's section
 * or action, a template's stage): its problems, named within it (errorsWithin),
 * and what to do with the part as changed. The part itself keeps its own name.
 */
export type FormPartProps<Part> = { errors: FieldErrors; onChange: (part: Part) => void };
