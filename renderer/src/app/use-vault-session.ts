// Keeps the screen in step with the vault: asks main where things stand on
// start, notices when main locked the vault by itself (a LOCKED answer, or the
// status poll), and locks on request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultState } from '../../../shared/contract';
import { call, onLocked } from '../api/client';
import { flushPendingSaves } from '../autosave/pending-saves';
import { isUnlockedScreen, type Screen } from './screen';

/** Often enough to notice an idle lock within seconds; vault.status does not count as activity. */
const statusPollMs = 4_000;

export type VaultSession = {
  screen: Screen;
  show(screen: Screen): void;
  lock(): Promise<void>;
  lockError: string;
  /** The preview offers a demo practice of made-up people beside the real vault. */
  isDemoOffered: boolean;
  /** The demo practice is open (locking it returns to the adviser's own vault). */
  isDemo: boolean;
  /** Opens the demo practice; resolves to a problem message, or '' once it is open. */
  openDemo(): Promise<string>;
};

export function useVaultSession(): VaultSession {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [lockError, setLockError] = useState('');
  const [isDemoOffered, setIsDemoOffered] = useState(false);
  const [isDemo, setIsDemo] = useState(false);
  const screenRef = useRef(screen);
  const isLockingRef = useRef(false);

  const show = useCallback((next: Screen) => {
    screenRef.current = next;
    setScreen(next);
    setLockError('');
    // Leaving the unlocked app always leaves the demo: main has switched back to the real vault.
    if (!isUnlockedScreen(next)) setIsDemo(false);
  }, []);

  const noticeLockedByMain = useCallback(
    (state: VaultState, isDamaged = false) => {
      if (isLockingRef.current || !isUnlockedScreen(screenRef.current)) return;
      show(state === 'absent' ? { kind: 'create' } : { kind: 'unlock', lockReason: isDamaged ? 'damaged' : 'inactivity' });
    },
    [show],
  );

  useEffect(() => {
    let isCurrent = true;
    void call('vault.status', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) {
        show({ kind: 'unavailable', message: result.error.message });
        return;
      }
      setIsDemoOffered(result.value.isDemoOffered);
      show(initialScreen(result.value.state));
      // After a reload the demo may still be the vault that is open: keep saying so.
      setIsDemo(result.value.isDemo && result.value.state === 'unlocked');
    });
    return () => {
      isCurrent = false;
    };
  }, [show]);

  useEffect(
    () =>
      onLocked(() => {
        // Ask why: an idle lock, or damage found after unlocking.
        void call('vault.status', {}).then((result) => noticeLockedByMain('locked', result.ok && result.value.isDamaged));
      }),
    [noticeLockedByMain],
  );

  const isUnlocked = isUnlockedScreen(screen);
  useEffect(() => {
    if (!isUnlocked) return undefined;
    const check = () => {
      void call('vault.status', {}).then((result) => {
        if (result.ok && result.value.state !== 'unlocked') noticeLockedByMain(result.value.state, result.value.isDamaged);
      });
    };
    const timer = window.setInterval(check, statusPollMs);
    // After sleep or switching back to the window, check straight away.
    const onVisible = () => {
      if (document.visibilityState === 'visible') check();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', check);
    };
  }, [isUnlocked, noticeLockedByMain]);

  const lock = useCallback(async () => {
    if (isLockingRef.current) return;
    isLockingRef.current = true;
    try {
      // Notes typed in the last moment are written before the vault closes.
      await flushPendingSaves();
      const result = await call('vault.lock', {});
      if (!result.ok) {
        setLockError(`Waymark could not lock. ${result.error.message}`);
        return;
      }
      // Locking the demo brings back the adviser's own vault, which may not exist yet.
      const status = await call('vault.status', {});
      show(status.ok && status.value.state === 'absent' ? { kind: 'create' } : { kind: 'unlock', lockReason: 'user' });
    } finally {
      isLockingRef.current = false;
    }
  }, [show]);

  const openDemo = useCallback(async () => {
    const result = await call('demo.open', {});
    if (!result.ok) return result.error.message;
    show({ kind: 'home', page: { name: 'caseload' } });
    setIsDemo(true);
    return '';
  }, [show]);

  return { screen, show, lock, lockError, isDemoOffered, isDemo, openDemo };
}

function initialScreen(state: VaultState): Screen {
  if (state === 'absent') return { kind: 'create' };
  if (state === 'locked') return { kind: 'unlock', lockReason: 'start' };
  return { kind: 'home', page: { name: 'caseload' } };
}
