// The recovery code's written form: 24 Crockford base32 characters (120 bits)
// in groups of four, chosen so it survives being copied by hand: no I, L, O or U,
// and lookalikes are read back as the digit they resemble.

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const recoveryCodeLength = 24;

export function formatRecoveryCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < recoveryCodeLength) {
    throw new Error('A recovery code needs 24 random bytes.');
  }
  const characters = Array.from(randomBytes.subarray(0, recoveryCodeLength), (byte) => alphabet[byte & 31]);
  const groups: string[] = [];
  for (let index = 0; index < characters.length; index += 4) {
    groups.push(characters.slice(index, index + 4).join(''));
  }
  return groups.join('-');
}

/** Accepts what a person types: any case, spaces or hyphens, O for 0, I or L for 1. */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isWellFormedRecoveryCode(typed: string): boolean {
  const normalised = normaliseRecoveryCode(typed);
  return normalised.length === recoveryCodeLength && [...normalised].every((character) => alphabet.includes(character));
}
