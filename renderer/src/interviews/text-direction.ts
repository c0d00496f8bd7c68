// The direction of a note, for very long notes only. dir="auto" does the same
// job (the first strong letter decides), but Chromium re-reads the whole value
// on every change: a megabyte pasted into a dir="auto" box takes seconds per
// keystroke. Past this length the direction is worked out once here instead.

export const autoDirectionLimit = 100_000;

const rightToLeftLetter = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const letter = /\p{L}/u;

export function textDirection(text: string): 'auto' | 'ltr' | 'rtl' {
  if (text.length <= autoDirectionLimit) return 'auto';
  const first = letter.exec(text)?.[0];
  return first && rightToLeftLetter.test(first) ? 'rtl' : 'ltr';
}
