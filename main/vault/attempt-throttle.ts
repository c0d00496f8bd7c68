// Slows down guessing: the first five wrong secrets cost only the key
// derivation; after that each further try waits twice as long as the last.
import { AppError } from '../errors';

export type AttemptThrottle = {
  assertMayTry(): void;
  recordFailure(): void;
  recordSuccess(): void;
};

export type ThrottleOptions = {
  now?: () => number;
  freeAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
};

export function createAttemptThrottle(options: ThrottleOptions = {}): AttemptThrottle {
  const { now = Date.now, freeAttempts = 5, baseDelayMs = 1_000, maxDelayMs = 5 * 60_000 } = options;
  let failures = 0;
  let blockedUntil = 0;

  return {
    assertMayTry() {
      const waitMs = blockedUntil - now();
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new AppError(
          'TOO_MANY_ATTEMPTS',
          `Too many wrong attempts. Wait ${seconds} second${seconds === 1 ? '' : 's'}, then try again.`,
          { retryAfterMs: waitMs },
        );
      }
    },
    recordFailure() {
      failures += 1;
      if (failures >= freeAttempts) {
        blockedUntil = now() + Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - freeAttempts));
      }
    },
    recordSuccess() {
      failures = 0;
      blockedUntil = 0;
    },
  };
}
