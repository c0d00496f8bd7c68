// Seals and opens the bytes Waymark puts in the shared sync folder. Each sealed
// file is `WMS1`, a random 24-byte nonce, then XChaCha20-Poly1305 ciphertext and
// tag. The associated data names where the bytes belong (a chunk's path, a key's
// document), so bytes moved to another place fail to open even under the right key.
import { randomBytes } from 'node:crypto';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

const magic = new TextEncoder().encode('WMS1');
const nonceLength = 24;
const tagLength = 16;
const keyLength = 32;
/** The shortest sealed file: magic, nonce and tag around an empty plaintext. */
const minimumLength = magic.length + nonceLength + tagLength;

export type SealErrorReason = 'not-waymark' | 'truncated' | 'tampered-or-wrong-key';

const sealErrorMessages: Record<SealErrorReason, string> = {
  'not-waymark': 'This file was not made by Waymark.',
  truncated: 'This file is cut short: it may still be copying, or the copy failed part-way.',
  'tampered-or-wrong-key':
    'This file could not be opened: it is damaged, was moved from elsewhere in the folder, or was sealed by a different vault.',
};

/** A sealed file that cannot be opened. The message never carries key or plaintext bytes. */
export class SealError extends Error {
  readonly reason: SealErrorReason;

  constructor(reason: SealErrorReason, options: { cause?: unknown } = {}) {
    super(sealErrorMessages[reason], options);
    this.name = 'SealError';
    this.reason = reason;
  }
}

export function seal(key: Uint8Array, plaintext: Uint8Array, associatedData: string): Uint8Array {
  checkKey(key);
  const nonce = randomBytes(nonceLength);
  const ciphertext = xchacha20poly1305(key, nonce, new TextEncoder().encode(associatedData)).encrypt(plaintext);
  const sealed = new Uint8Array(magic.length + nonceLength + ciphertext.length);
  sealed.set(magic, 0);
  sealed.set(nonce, magic.length);
  sealed.set(ciphertext, magic.length + nonceLength);
  return sealed;
}

export function open(key: Uint8Array, sealed: Uint8Array, associatedData: string): Uint8Array {
  checkKey(key);
  const head = sealed.subarray(0, magic.length);
  if (!head.every((byte, index) => byte === magic[index])) throw new SealError('not-waymark');
  // A file that stops inside the magic is as likely a copy in progress as a stranger.
  if (sealed.length < minimumLength) throw new SealError('truncated');
  const nonce = sealed.subarray(magic.length, magic.length + nonceLength);
  const ciphertext = sealed.subarray(magic.length + nonceLength);
  try {
    return xchacha20poly1305(key, nonce, new TextEncoder().encode(associatedData)).decrypt(ciphertext);
  } catch {
    // The library's own error says only that the tag did not match; it is not kept as
    // the cause, so nothing about the inputs can travel on in it.
    throw new SealError('tampered-or-wrong-key');
  }
}

function checkKey(key: Uint8Array): void {
  // The length only: a key's bytes never go into a message.
  if (key.length !== keyLength) throw new Error(`A sync key must be ${keyLength} bytes long.`);
}
