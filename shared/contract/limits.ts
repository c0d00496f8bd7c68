// Field limits shared by the UI (to say so early) and main (to enforce them).

/** Long enough for any diceware passphrase; short enough to estimate strength quickly. */
export const passphraseMaxLength = 256;
export const recoveryCodeMaxLength = 64;
export const autoLockMinutesRange = { min: 1, max: 240 } as const;
export const defaultAutoLockMinutes = 10;
