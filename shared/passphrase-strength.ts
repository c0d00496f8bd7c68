// Passphrase strength, estimated with zxcvbn-ts (dictionaries, keyboard
// patterns, dates, repeats) rather than a length rule. The renderer shows it as
// the adviser types; main enforces the same verdict when the vault is created.
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { minimumPassphraseScore, type PassphraseAssessment } from './passphrase-verdict';

export { describeScore, minimumPassphraseScore, type PassphraseAssessment } from './passphrase-verdict';

/**
 * zxcvbn's warnings in plain UK English. Its own suggestions are not shown: some
 * contradict each other and our advice ("Capitalize more than the first letter"
 * beside "use words"), so one suggestion of ours follows the warning instead.
 */
const plainWarnings: typeof translations.warnings = {
  straightRow: 'A row of keys next to each other on the keyboard is easy to guess.',
  keyPattern: 'A short pattern of keys is easy to guess.',
  simpleRepeat: 'Repeated letters, such as "aaa", are easy to guess.',
  extendedRepeat: 'Repeated patterns, such as "abcabcabc", are easy to guess.',
  sequences: 'Sequences such as "abc" or "123" are easy to guess.',
  recentYears: 'Recent years are easy to guess.',
  dates: 'Dates are easy to guess.',
  topTen: 'This is one of the most used passwords.',
  topHundred: 'This is a very often used password.',
  common: 'This is a commonly used password.',
  similarToCommon: 'This is close to a commonly used password.',
  wordByItself: 'A single word is easy to guess.',
  namesByThemselves: 'A name on its own is easy to guess.',
  commonNames: 'Common names are easy to guess.',
  userInputs: 'Words to do with Waymark or careers work are easy to guess here.',
  pwned: 'This password has been published after a data breach.',
};

// Ranking the dictionaries takes about half a second: done at the first
// assessment, not by every process (each CLI command, each harness) that loads this.
let isConfigured = false;
function configure(): void {
  if (isConfigured) return;
  zxcvbnOptions.setOptions({
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
    translations: { ...translations, warnings: plainWarnings },
  });
  isConfigured = true;
}

/** Words an adviser might reach for that make a passphrase easy to guess here. */
const contextWords = [
  'waymark',
  'careers',
  'career',
  'adviser',
  'advisor',
  'guidance',
  'school',
  'college',
  'passphrase',
];

/** zxcvbn slows on very long input; the first characters decide the verdict anyway. */
const assessedLength = 100;

const wordsAdvice = 'Try four or five unrelated words, such as a short made-up sentence only you would think of.';

export function assessPassphrase(passphrase: string): PassphraseAssessment {
  configure();
  const assessed = passphrase.slice(0, assessedLength);
  // zxcvbn counts each space as a random character, so "careers adviser" would look
  // strong; the passphrase is judged with its spaces removed too, and the weaker verdict wins.
  const asTyped = zxcvbn(assessed, contextWords);
  const withoutSpaces = zxcvbn(assessed.replace(/\s+/g, ''), contextWords);
  const result = withoutSpaces.score < asTyped.score ? withoutSpaces : asTyped;
  const score = result.score;
  const isStrongEnough = score >= minimumPassphraseScore;
  const warning = result.feedback.warning ?? '';
  const advice = isStrongEnough ? '' : [warning, wordsAdvice].filter(Boolean).join(' ');
  return { score, isStrongEnough, advice };
}
