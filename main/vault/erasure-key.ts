// Erasure tombstones name the erased person only by a keyed hash of their
// client id, so an erasure can be applied again to a restored backup without
// the tombstone holding personal data. The key is derived from the data key,
// which every backup of a vault shares, and never leaves main.
import { createHmac, hkdfSync } from 'node:crypto';

export function deriveErasureKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'waymark erasure subject v1', 32));
}

/** The tombstone's `subject`: HMAC-SHA256 of the client id, in hex. */
export function erasureSubject(erasureKey: Buffer, clientId: string): string {
  return createHmac('sha256', erasureKey).update(clientId, 'utf8').digest('hex');
}
