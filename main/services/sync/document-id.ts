import { createHmac } from 'node:crypto';

/** A keyed hash of what the document holds: the same on every computer with this vault's keys, meaningless elsewhere. */
export function documentIdOf(syncKey: Buffer, entity: string): string {
  return createHmac('sha256', syncKey).update(`document:${entity}`, 'utf8').digest('hex').slice(0, 32);
}
