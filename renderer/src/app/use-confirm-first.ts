// A form for a step that is hard to undo (moving a client, ending an
// agreement): its button checks the draft as any form does, then asks in
// place (ConfirmInPlace) rather than sending; only the answer Yes sends it.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../../shared/contract/errors';
import { fieldsOf } from './draft-fields';
import { useForm, type Checked } from './use-form';

export function useConfirmFirst<T>(check: () => Checked<T>) {
  const { formRef, errors, status, submit } = useForm();
  const [isAsking, setIsAsking] = useState(false);
  const questionRef = useRef<HTMLDivElement>(null);
  // The keyboard goes to the question once it has rendered (as useForm moves focus to a marked field).
  useEffect(() => {
    if (isAsking) questionRef.current?.focus();
  }, [isAsking]);

  /** The form's submit: marks what is wrong, or asks. */
  const ask = (event: FormEvent) =>
    submit(event, {
      check,
      // Nothing leaves yet: the checked draft waits for the answer.
      send: (value) => Promise.resolve({ ok: true as const, value }),
      onSent: () => setIsAsking(true),
    });

  /** Yes: sends the draft (checked again: a change to it puts the question away); a refusal shows with the question. */
  function confirm<R>(send: (value: T) => Promise<Result<R>>, onSent: (value: R) => void) {
    submit(null, {
      check,
      send,
      onSent: (value) => {
        setIsAsking(false);
        onSent(value);
      },
    });
  }

  const stopAsking = () => setIsAsking(false);
  return { formRef, errors, status, isAsking, questionRef, ask, confirm, stopAsking };
}

/**
 * useConfirmFirst for a form that edits a draft, as useDraftForm is useForm's:
 * `check` gets the draft, `field(key)` wires one of its fields, and any change
 * to it puts the question away (the answer was to the draft as it was).
 */
export function useDraftConfirmFirst<Draft extends object, T>(
  idPrefix: string,
  initial: Draft | (() => Draft),
  check: (draft: Draft) => Checked<T>,
) {
  const [draft, setDraft] = useState(initial);
  const confirmFirst = useConfirmFirst(() => check(draft));
  const change = (changes: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    confirmFirst.stopAsking();
  };
  return { ...confirmFirst, draft, setDraft, change, field: fieldsOf(idPrefix, draft, change, confirmFirst.errors) };
}
