// Wording about recovery codes shared by the screens that ask for one.

export const recoveryCodeFormatHint = 'Six groups of four letters and digits. Spaces, dashes and lower case are fine.';
export const malformedRecoveryCode =
  'That is not a complete recovery code. It has 24 letters and digits, in six groups of four.';
