// Keys derived from the data key, which every backup of a vault shares: a
// computer set up from a backup derives the same ones. They never leave main.
import { hkdfSync } from 'node:crypto';
import { deriveErasureKey } from './erasure-key';

/** Seals the per-document keys in the shared sync folder (main/services/sync). */
export function deriveSyncKey(dataKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), 'waymark sync v1', 32));
}

export function derivedKeys(dataKey: Buffer): { erasureKey: Buffer; syncKey: Buffer } {
  return { erasureKey: deriveErasureKey(dataKey), syncKey: deriveSyncKey(dataKey) };
}
