// When a stored key derivation counts as much weaker than this computer's: only
// then is a passphrase wrap made again (main/vault/vault.ts, strengthenPassphraseWrap).
import { describe, expect, it } from 'vitest';
import { isMuchWeaker, kdfFloor, type KdfParameters } from '../../main/vault/kdf';

const at = (memoryKiB: number, iterations: number): KdfParameters => ({
  name: 'argon2id',
  memoryKiB,
  iterations,
  parallelism: 1,
});

describe('isMuchWeaker', () => {
  it('is true for half the work or less, by memory times passes', () => {
    expect(isMuchWeaker(at(kdfFloor.memoryKiB, kdfFloor.iterations), at(64 * 1024, 26))).toBe(true);
    expect(isMuchWeaker(at(64 * 1024, 5), at(64 * 1024, 26))).toBe(true);
    expect(isMuchWeaker(at(64 * 1024, 13), at(64 * 1024, 26))).toBe(true);
  });

  it('is false for small differences, and never lowers what is stored', () => {
    expect(isMuchWeaker(at(64 * 1024, 14), at(64 * 1024, 26))).toBe(false);
    expect(isMuchWeaker(at(64 * 1024, 26), at(64 * 1024, 24))).toBe(false);
    // A vault moved to a slower computer keeps its stronger parameters.
    expect(isMuchWeaker(at(64 * 1024, 26), at(64 * 1024, 5))).toBe(false);
    expect(isMuchWeaker(at(128 * 1024, 8), at(64 * 1024, 16))).toBe(false);
  });
});
