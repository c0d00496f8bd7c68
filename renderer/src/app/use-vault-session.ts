// Keeps the screen in step with the vault: asks main where things stand on
// start, notices when main locked the vault by itself (a LOCKED answer, or the
// status poll), and locks on request.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultState } from '../../../shared/contract';
import { call, onLocked } from '../api/client';
import { isUnlockedScreen, type Screen } from './screen';

/** Often enough to notice an idle lock within seconds; vault.status does not count as activity. */
const statusPollMs = 4_000;

export type VaultSession = {
  screen: Screen;
  show(screen: Screen): void;
  lock(): Promise<void>;
  lockError: string;
};

export function useVaultSession(): VaultSession {
  const [screen, setScreen] = useState<Screen>({ kind: 'loading' });
  const [lockError, setLockError] = useState('');
  const screenRef = useRef(screen);
  const isLockingRef = useRef(false);

  const show = useCallback((next: Screen) => {
    screenRef.current = next;
    setScreen(next);
    setLockError('');
  }, []);

  const noticeLockedByMain = useCallback(
    (state: VaultState) => {
      if (isLockingRef.current || !isUnlockedScreen(screenRef.current)) return;
      show(state === 'absent' ? { kind: 'create' } : { kind: 'unlock', lockReason: 'inactivity' });
    },
    [show],
  );

  useEffect(() => {
    let isCurrent = true;
    void call('vault.status', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) show({ kind: 'unavailable', message: result.error.message });
      else show(initialScreen(result.value.state));
    });
    return () => {
      isCurrent = false;
    };
  }, [show]);

  useEffect(() => onLocked(() => noticeLockedByMain('locked')), [noticeLockedByMain]);

  const isUnlocked = isUnlockedScreen(screen);
  useEffect(() => {
    if (!isUnlocked) return undefined;
    const check = () => {
      void call('vault.status', {}).then((result) => {
        if (result.ok && result.value.state !== 'unlocked') noticeLockedByMain(result.value.state);
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
      const result = await call('vault.lock', {});
      if (result.ok) show({ kind: 'unlock', lockReason: 'user' });
      else setLockError(`Waymark could not lock. ${result.error.message}`);
    } finally {
      isLockingRef.current = false;
    }
  }, [show]);

  return { screen, show, lock, lockError };
}

function initialScreen(state: VaultState): Screen {
  if (state === 'absent') return { kind: 'create' };
  if (state === 'locked') return { kind: 'unlock', lockReason: 'start' };
  return { kind: 'home', page: 'caseload' };
}
