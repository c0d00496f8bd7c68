// Passphrase strength, estimated with zxcvbn-ts (dictionaries, keyboard
// patterns, dates, repeats) rather than a length rule. The renderer shows it as
// the adviser types; main enforces the same verdict when the vault is created.
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

zxcvbnOptions.setOptions({
  graphs: adjacencyGraphs,
  dictionary: { ...commonDictionary, ...englishDictionary },
  translations,
});

/** Words an adviser might reach for that make a passphrase easy to guess here. */
const contextWords = ['waymark', 'careers', 'career', 'adviser', 'advisor', 'guidance', 'school', 'college', 'passphrase'];

/** zxcvbn score from 0 (trivial) to 4 (very hard to guess); 3 resists offline guessing for years. */
export const minimumPassphraseScore = 3;

/** zxcvbn slows on very long input; the first characters decide the verdict anyway. */
const assessedLength = 100;

export type PassphraseAssessment = {
  score: 0 | 1 | 2 | 3 | 4;
  isStrongEnough: boolean;
  /** One plain sentence to show under the field, or an empty string. */
  advice: string;
};

const scoreWords = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

export function describeScore(score: PassphraseAssessment['score']): string {
  return scoreWords[score];
}

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const assessed = passphrase.slice(0, assessedLength);
  // zxcvbn counts each space as a random character, so "careers adviser" would look
  // strong; the passphrase is judged with its spaces removed too, and the weaker verdict wins.
  const asTyped = zxcvbn(assessed, contextWords);
  const withoutSpaces = zxcvbn(assessed.replace(/\s+/g, ''), contextWords);
  const result = withoutSpaces.score < asTyped.score ? withoutSpaces : asTyped;
  const score = result.score;
  const isStrongEnough = score >= minimumPassphraseScore;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter((hint): hint is string => Boolean(hint));
  const advice = isStrongEnough
    ? ''
    : [
        ...hints,
        'Try four or five unrelated words, such as a short made-up sentence only you would think of.',
      ].join(' ');
  return { score, isStrongEnough, advice };
}
