// Locks the vault after a quiet spell. Main owns the timer so a stalled or
// closed window cannot keep the vault open.

export type IdleLock = {
  /** Start or restart the countdown with this length. */
  start(timeoutMs: number): void;
  /** The adviser did something: start counting again. */
  touch(): void;
  stop(): void;
};

export function createIdleLock(onIdle: () => void): IdleLock {
  let timer: NodeJS.Timeout | undefined;
  let currentTimeoutMs = 0;

  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onIdle();
    }, currentTimeoutMs);
    // Never keep a CLI or test process alive just for this timer.
    timer.unref();
  };

  return {
    start(timeoutMs) {
      currentTimeoutMs = timeoutMs;
      arm();
    },
    touch() {
      if (timer) arm();
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
