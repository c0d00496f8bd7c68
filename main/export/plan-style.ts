// How a plan document looks for its reader: type sizes, spacing, font and page
// tint for the standard, easy-read and dyslexia-friendly variants (and easy
// read for a reader with dyslexia). Sizes are in half-points, as Word keeps them.
//
// Easy read (UK government guidance): 14 point at least, everywhere, footer included.
// Dyslexia-friendly (British Dyslexia Association style guide): a sans-serif at 12 to 14
// point, 1.5 line spacing, left aligned, bold for emphasis (never italics or underlining),
// and a cream page, set as the page background so Word and LibreOffice both show it.

export type PlanStyle = {
  font: string;
  body: number;
  heading1: number;
  heading2: number;
  title: number;
  footer: number;
  /** The smallest size any text may have in this variant (tests hold every run to it). */
  minimum: number;
  /** Line spacing in 240ths of a line (240 single, 360 one and a half). */
  line: number;
  after: number;
  /** The page background colour, or null for white. */
  pageTint: string | null;
  isUnderliningLinks: boolean;
  /** Easy read: a picture beside each section and action, each action its own block. */
  hasPictures: boolean;
};

/** Cream: one of the BDA's suggested tints, light enough for black text to keep its contrast. */
export const dyslexiaPageTint = 'FAF3DC';

export function planStyle({
  isEasyRead,
  isDyslexiaFriendly,
}: {
  isEasyRead: boolean;
  isDyslexiaFriendly: boolean;
}): PlanStyle {
  const dyslexia = isDyslexiaFriendly
    ? { pageTint: dyslexiaPageTint, isUnderliningLinks: false, line: 360 }
    : { pageTint: null, isUnderliningLinks: true };
  if (isEasyRead) {
    return {
      font: 'Arial',
      body: 28,
      heading1: 36,
      heading2: 30,
      title: 48,
      footer: 28,
      minimum: 28,
      line: 360,
      after: 200,
      hasPictures: true,
      ...dyslexia,
    };
  }
  if (isDyslexiaFriendly) {
    return {
      font: 'Arial',
      body: 26,
      heading1: 34,
      heading2: 30,
      title: 44,
      footer: 24,
      minimum: 24,
      after: 160,
      hasPictures: false,
      ...dyslexia,
      line: 360,
    };
  }
  return {
    font: 'Arial',
    body: 24,
    heading1: 32,
    heading2: 26,
    title: 44,
    footer: 20,
    minimum: 20,
    line: 276,
    after: 120,
    hasPictures: false,
    ...dyslexia,
  };
}
