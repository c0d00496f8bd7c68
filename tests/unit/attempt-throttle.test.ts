import { describe, expect, it } from 'vitest';
import { createAttemptThrottle } from '../../main/vault/attempt-throttle';

describe('the wrong-passphrase throttle', () => {
  it('lets five attempts through freely, then doubles the wait after each failure', () => {
    let now = 0;
    const throttle = createAttemptThrottle({ now: () => now });
    const waits: number[] = [];
    for (let failure = 1; failure <= 9; failure += 1) {
      throttle.assertMayTry();
      throttle.recordFailure();
      try {
        throttle.assertMayTry();
        waits.push(0);
      } catch (error) {
        const retryAfterMs = (error as { retryAfterMs: number }).retryAfterMs;
        waits.push(retryAfterMs);
        now += retryAfterMs;
      }
    }
    expect(waits).toEqual([0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('caps the wait and forgets failures after a success', () => {
    let now = 0;
    const throttle = createAttemptThrottle({ now: () => now, maxDelayMs: 3_000 });
    for (let failure = 0; failure < 12; failure += 1) {
      now += 10 * 60_000;
      throttle.recordFailure();
    }
    expect(() => throttle.assertMayTry()).toThrow(/wait 3 seconds/i);
    now += 3_000;
    throttle.recordSuccess();
    throttle.recordFailure();
    expect(() => throttle.assertMayTry()).not.toThrow();
  });
});
