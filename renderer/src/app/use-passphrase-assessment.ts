// Strength of a passphrase as it is typed. zxcvbn takes a few milliseconds, so
// it runs on a deferred value and never holds up the keystroke.
import { useDeferredValue, useMemo } from 'react';
import { assessPassphrase, type PassphraseAssessment } from '../../../shared/passphrase-strength';

export function usePassphraseAssessment(passphrase: string): PassphraseAssessment {
  const deferred = useDeferredValue(passphrase);
  return useMemo(() => assessPassphrase(deferred), [deferred]);
}
