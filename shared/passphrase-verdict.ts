// What a passphrase's strength means, in words: apart from zxcvbn and its 1.7 MB of
// word lists (passphrase-strength.ts), so the window can show a verdict's words
// without loading them until a new passphrase is typed.

/** zxcvbn score from 0 (trivial) to 4 (very hard to guess); 3 resists offline guessing for years. */
export const minimumPassphraseScore = 3;

export type PassphraseAssessment = {
  score: 0 | 1 | 2 | 3 | 4;
  isStrongEnough: boolean;
  /** One plain sentence to show under the field, or an empty string. */
  advice: string;
};

// Below the minimum nothing sounds acceptable: "Fair" beside a refusal read as a contradiction.
const scoreWords = ['Very weak', 'Weak', 'Not strong enough yet', 'Strong', 'Very strong'] as const;

export function describeScore(score: PassphraseAssessment['score']): string {
  return scoreWords[score];
}
