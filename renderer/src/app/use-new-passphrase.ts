// The state of a new passphrase typed twice (creating the vault, recovering
// it, changing the passphrase): the two boxes, their problems, and whether
// they show what is typed. The form checks it with its other fields before
// sending (`found`).
import { useRef, useState } from 'react';
import type { FieldErrors } from './field-errors';
import { checkNewPassphrase, noNewPassphraseErrors } from './new-passphrase';

export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isVisible, setIsVisible] = useState(false);
  const [errors, setErrors] = useState(noNewPassphraseErrors);
  const passphraseRef = useRef<HTMLInputElement>(null);

  return {
    passphrase,
    confirmation,
    isVisible,
    /**
     * Shows what is wrong beside the two boxes and gives it as `found` for
     * useForm's checkWith ({} when both are right), which focuses the first
     * marked field in the form.
     */
    found(): FieldErrors {
      const found = checkNewPassphrase(passphrase, confirmation);
      setErrors(found);
      return Object.fromEntries(Object.entries(found).filter(([, message]) => message !== ''));
    },
    focus: () => passphraseRef.current?.focus(),
    clear() {
      setPassphrase('');
      setConfirmation('');
    },
    /** Spread into NewPassphraseFields. */
    fields: {
      passphrase,
      confirmation,
      onPassphraseChange: setPassphrase,
      onConfirmationChange: setConfirmation,
      errors,
      isVisible,
      onVisibleChange: setIsVisible,
      passphraseRef,
    },
  };
}
