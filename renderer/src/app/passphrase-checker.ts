// zxcvbn and its word lists (1.7 MB) are needed only where a new passphrase is
// typed: creating the vault, recovering it, changing the passphrase. They load
// when one of those forms opens, not with the app, so the unlock screen an
// adviser sees every morning comes up without them.
import type { PassphraseAssessment } from '../../../shared/passphrase-verdict';

export type AssessPassphrase = (passphrase: string) => PassphraseAssessment;

let loaded: AssessPassphrase | undefined;
let loading: Promise<AssessPassphrase> | undefined;

export function loadPassphraseChecker(): Promise<AssessPassphrase> {
  loading ??= import('../../../shared/passphrase-strength').then(
    (module) => (loaded = module.assessPassphrase),
    (error: unknown) => {
      // The next form to open tries again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The checker once it has loaded; until then undefined (the form says it is still checking). */
export function loadedPassphraseChecker(): AssessPassphrase | undefined {
  return loaded;
}
