// The checks a new passphrase must pass before it is sent to main (which checks
// again): present, hard enough to guess, and typed the same twice.
import { loadedPassphraseChecker } from './passphrase-checker';

export type NewPassphraseErrors = { passphrase: string; confirmation: string };

export const noNewPassphraseErrors: NewPassphraseErrors = { passphrase: '', confirmation: '' };

export function checkNewPassphrase(passphrase: string, confirmation: string): NewPassphraseErrors {
  if (passphrase.length === 0) {
    return { passphrase: 'Enter a passphrase.', confirmation: '' };
  }
  const assess = loadedPassphraseChecker();
  if (!assess) {
    // The checker loads as the form opens, so this is a moment at most.
    return {
      passphrase: 'Still checking how hard the passphrase is to guess. Try again in a moment.',
      confirmation: '',
    };
  }
  if (!assess(passphrase).isStrongEnough) {
    // The strength meter under the field carries zxcvbn's advice; the field describes itself with both.
    return {
      passphrase: 'That passphrase would be too easy to guess. See the advice under the box.',
      confirmation: '',
    };
  }
  if (confirmation !== passphrase) {
    return {
      passphrase: '',
      confirmation:
        confirmation.length === 0
          ? 'Type the passphrase again to confirm it.'
          : 'The two passphrases do not match. Type the same passphrase in both boxes.',
    };
  }
  return noNewPassphraseErrors;
}
