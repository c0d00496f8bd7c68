// Saves as the adviser works: a change waits ~800 ms for typing to pause, then
// goes to main. Saves run one at a time and in order, a failure keeps the
// change waiting (nothing typed is dropped), and whatever is waiting is
// written on flush(): on blur, on moving on, before locking and when the page
// is hidden or closed, and again once the vault is unlocked.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../shared/contract';
import { registerPendingSave } from './pending-saves';

export type SaveOutcome = { ok: true; savedAt: string } | { ok: false; code: ErrorCode; message: string };

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saved'; savedAt: string } | { kind: 'failed'; code: ErrorCode; message: string };

export type Autosave<K, V> = {
  /** Records a change; it is saved once typing pauses. */
  schedule(key: K, value: V): void;
  /** Saves everything waiting now; resolves to true when nothing is left unsaved. */
  flush(): Promise<boolean>;
  status: SaveStatus;
};

type Options<K, V> = {
  delayMs?: number;
  /** Told about each change once it is saved. */
  onSaved?: (key: K, value: V) => void;
};

export const autosaveDelayMs = 800;

export function useAutosave<K, V>(
  save: (key: K, value: V) => Promise<SaveOutcome>,
  options: Options<K, V> = {},
): Autosave<K, V> {
  const { delayMs = autosaveDelayMs } = options;
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pendingRef = useRef(new Map<K, V>());
  const timerRef = useRef<number | undefined>(undefined);
  const chainRef = useRef<Promise<boolean>>(Promise.resolve(true));
  const saveRef = useRef(save);
  const optionsRef = useRef(options);

  useEffect(() => {
    saveRef.current = save;
    optionsRef.current = options;
  });

  const flush = useCallback((): Promise<boolean> => {
    window.clearTimeout(timerRef.current);
    timerRef.current = undefined;
    // A save that threw must not stop every later one.
    chainRef.current = chainRef.current
      .catch(() => false)
      .then(async () => {
        const pending = pendingRef.current;
        let savedAt: string | null = null;
        for (const [key, value] of [...pending]) {
          const outcome = await saveRef.current(key, value);
          if (!outcome.ok) {
            setStatus({ kind: 'failed', code: outcome.code, message: outcome.message });
            return false;
          }
          savedAt = outcome.savedAt;
          // Typing may have moved on while this save was under way; then the newer text still waits.
          if (pending.get(key) === value) {
            pending.delete(key);
            optionsRef.current.onSaved?.(key, value);
          }
        }
        if (savedAt) setStatus({ kind: 'saved', savedAt });
        return pending.size === 0;
      });
    return chainRef.current;
  }, []);

  const schedule = useCallback(
    (key: K, value: V) => {
      pendingRef.current.set(key, value);
      window.clearTimeout(timerRef.current);
      timerRef.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // Before a lock, on leaving the page, when the window is hidden, and on unmount.
  useEffect(() => {
    // The screen is kept (hidden) while the vault is locked; back on screen after
    // unlocking, whatever a lock refused is written now.
    if (pendingRef.current.size > 0) void flush();
    const unregister = registerPendingSave(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, status };
}
