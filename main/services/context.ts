// The clock and the id source every service takes as its last argument. Passed
// in rather than reached for (new Date(), randomUUID()), so the app runs on the
// real ones and a test can freeze the time and know the ids a record will get.
import { randomBytes } from 'node:crypto';

export type ServiceContext = {
  /** The instant a record is made or changed at. */
  now(): Date;
  /** A new record's id. */
  newId(): string;
};

/** The real clock and time-ordered UUIDs: what the app runs on. */
export const systemContext: ServiceContext = {
  now: () => new Date(),
  newId: () => timeOrderedUuid(Date.now()),
};

/**
 * A UUID of version 7 (RFC 9562): the time in milliseconds, then 74 random bits.
 * Records made later sort later, so each new row goes at the end of its table's
 * indexes rather than on a random page of them: with random ids, a 2,000-pupil
 * roll at 100,000 clients read, decrypted and rewrote thousands of scattered pages.
 * Ids made before this (version 4) stay as they are.
 */
export function timeOrderedUuid(milliseconds: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(milliseconds, 0, 6);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A frozen clock and ids handed out in order, for tests. Once the given ids are
 * used up the next are UUID-shaped and numbered (…-000000000001), still
 * predictable and unique.
 */
export function fixedContext({ now, ids = [] }: { now: Date | string; ids?: readonly string[] }): ServiceContext {
  const frozen = new Date(now);
  const waiting = [...ids];
  let made = 0;
  return {
    now: () => new Date(frozen),
    newId: () => waiting.shift() ?? `00000000-0000-4000-8000-${String(++made).padStart(12, '0')}`,
  };
}

/** A frozen clock with the real ids: for a caller that was handed only a time. */
export function contextAt(now: Date): ServiceContext {
  return { now: () => new Date(now), newId: systemContext.newId };
}
