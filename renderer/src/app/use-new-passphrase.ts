// The state of a new passphrase typed twice (creating the vault, recovering
// it, changing the passphrase): the two boxes, their problems, and whether
// they show what is typed. The form checks it before sending, and focuses the
// box the check points to.
import { useRef, useState, type RefObject } from 'react';
import { checkNewPassphrase, hasNewPassphraseErrors, noNewPassphraseErrors } from './new-passphrase';

export function useNewPassphrase() {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [isVisible, setIsVisible] = useState(false);
  const [errors, setErrors] = useState(noNewPassphraseErrors);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);

  return {
    passphrase,
    confirmation,
    isVisible,
    /** Shows what is wrong with the two boxes; the box to focus, or null when both are right. */
    check(): RefObject<HTMLInputElement | null> | null {
      const found = checkNewPassphrase(passphrase, confirmation);
      setErrors(found);
      if (!hasNewPassphraseErrors(found)) return null;
      return found.passphrase ? passphraseRef : confirmationRef;
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
      confirmationRef,
    },
  };
}
