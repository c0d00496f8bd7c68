// A signal that something changed in main (a backup, a sync), for the status
// bar's lines to look again. No polling: a call every minute would keep the
// vault from locking.
export type ChangeSignal = {
  /** Call `listener` after each change; answers the way to stop. */
  on(listener: () => void): () => void;
  notify(): void;
};

export function createChangeSignal(): ChangeSignal {
  const listeners = new Set<() => void>();
  return {
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
