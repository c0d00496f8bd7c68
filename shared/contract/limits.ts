// Field limits shared by the UI (to say so early) and main (to enforce them).

/** Long enough for any diceware passphrase; short enough to estimate strength quickly. */
export const passphraseMaxLength = 256;
export const recoveryCodeMaxLength = 64;
export const autoLockMinutesRange = { min: 1, max: 240 } as const;
export const defaultAutoLockMinutes = 10;

/** Caseload field limits: generous for real names, small enough to keep lists fast. */
export const fieldLimits = {
  name: 100,
  organisationName: 150,
  shortText: 100,
  upn: 32,
  address: 500,
  email: 254,
  phone: 40,
  /** A UK postcode is at most eight characters with its space; a little room for one typed oddly. */
  postcode: 12,
  aboutMe: 5_000,
  reference: 100,
} as const;

/** The largest roll CSV accepted: a whole-school roll is well under 2 MB. */
export const rollMaxBytes = 5 * 1024 * 1024;
export const rollMaxBytesLabel = '5 MB';
/** More columns than any MIS export has; the hand-chosen columns are counted against it. */
export const rollMaxColumns = 500;

/** One stage's notes: a megabyte of pasted text fits; beyond that is not notes any more. */
export const stageNotesMaxCharacters = 2_000_000;
export const attachmentMaxBytes = 10 * 1024 * 1024;
export const attachmentMaxBytesLabel = '10 MB';
export const attachmentMediaTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
