// Strength of a passphrase as it is typed. zxcvbn takes a few milliseconds, so
// it runs on a deferred value and never holds up the keystroke. Undefined while
// the checker loads (passphrase-checker.ts), a moment after the form opens.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { PassphraseAssessment } from '../../../shared/passphrase-verdict';
import { loadedPassphraseChecker, loadPassphraseChecker } from './passphrase-checker';

export function usePassphraseAssessment(passphrase: string): PassphraseAssessment | undefined {
  const [assess, setAssess] = useState(loadedPassphraseChecker);
  useEffect(() => {
    if (assess) return;
    // A checker that fails to load leaves the meter saying it is checking; main still refuses a weak passphrase.
    loadPassphraseChecker().then(
      (loaded) => setAssess(() => loaded),
      () => undefined,
    );
  }, [assess]);
  const deferred = useDeferredValue(passphrase);
  return useMemo(() => assess?.(deferred), [assess, deferred]);
}
