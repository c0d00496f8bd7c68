// The clock and the id source every service takes as its last argument. Passed
// in rather than reached for (new Date(), randomUUID()), so the app runs on the
// real ones and a test can freeze the time and know the ids a record will get.
import { randomUUID } from 'node:crypto';

export type ServiceContext = {
  /** The instant a record is made or changed at. */
  now(): Date;
  /** A new record's id. */
  newId(): string;
};

/** The real clock and random UUIDs: what the app runs on. */
export const systemContext: ServiceContext = {
  now: () => new Date(),
  newId: () => randomUUID(),
};

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
