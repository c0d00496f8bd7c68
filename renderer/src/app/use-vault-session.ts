// Keeps the screen in step with the vault: asks main where things stand on
// start, notices when main locked the vault by itself (a LOCKED answer, or the
// status poll), and locks on request. A lock keeps the page that was open (in
// memory only, never on disk) so unlocking returns to it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { VaultState } from '../../../shared/contract';
import { call, onLocked } from '../api/client';
import { flushPendingSaves } from '../autosave/pending-saves';
import { caseloadHome, isUnlockedScreen, type HomePage, type Screen } from './screen';

/** Often enough to notice an idle lock within seconds; vault.status does not count as activity. */
const statusPollMs = 4_000;

/** The page open when the vault locked, and its Back history. */
export type KeptHome = { page: HomePage; history: HomePage[] };

export type VaultSession = {
  screen: Screen;
  show(screen: Screen): void;
  /** The unlocked app's page kept (hidden) through a lock, to return to on unlocking. */
  keptHome: KeptHome | null;
  /** After unlocking: back to the kept page, or the caseload. */
  showUnlocked(): void;
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
  const [keptHome, setKeptHome] = useState<KeptHome | null>(null);
  const screenRef = useRef(screen);
  const keptHomeRef = useRef(keptHome);
  const isDemoRef = useRef(isDemo);
  const isLockingRef = useRef(false);

  const keep = useCallback((kept: KeptHome | null) => {
    keptHomeRef.current = kept;
    setKeptHome(kept);
  }, []);

  const show = useCallback(
    (next: Screen) => {
      const current = screenRef.current;
      screenRef.current = next;
      setScreen(next);
      setLockError('');
      if (next.kind === 'home') keep(null);
      else if (next.kind === 'unlock' && current.kind === 'home') {
        // A lock by hand or when idle keeps the page to come back to. Not after damage (the vault may be
        // restored under it), and not from the demo (unlocking opens the adviser's own vault).
        const isKept = (next.lockReason === 'user' || next.lockReason === 'inactivity') && !isDemoRef.current;
        keep(isKept ? { page: current.page, history: current.history ?? [] } : null);
      } else if (
        next.kind === 'create' ||
        next.kind === 'unavailable' ||
        (next.kind === 'unlock' && next.lockReason === 'damaged')
      )
        keep(null);
      // Leaving the unlocked app always leaves the demo: main has switched back to the real vault.
      if (!isUnlockedScreen(next)) {
        isDemoRef.current = false;
        setIsDemo(false);
      }
    },
    [keep],
  );

  const showUnlocked = useCallback(() => {
    const kept = keptHomeRef.current;
    show(kept ? { kind: 'home', page: kept.page, history: kept.history } : { kind: 'home', page: caseloadHome });
  }, [show]);

  const noticeLockedByMain = useCallback(
    (state: VaultState, isDamaged = false) => {
      if (isLockingRef.current || !isUnlockedScreen(screenRef.current)) return;
      show(
        state === 'absent' ? { kind: 'create' } : { kind: 'unlock', lockReason: isDamaged ? 'damaged' : 'inactivity' },
      );
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
        void call('vault.status', {}).then((result) =>
          noticeLockedByMain('locked', result.ok && result.value.isDamaged),
        );
      }),
    [noticeLockedByMain],
  );

  const isUnlocked = isUnlockedScreen(screen);
  useEffect(() => {
    if (!isUnlocked) return undefined;
    const check = () => {
      void call('vault.status', {}).then((result) => {
        if (result.ok && result.value.state !== 'unlocked')
          noticeLockedByMain(result.value.state, result.value.isDamaged);
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
    const result = await call('vault.openDemo', {});
    if (!result.ok) return result.error.message;
    show({ kind: 'home', page: { name: 'caseload' } });
    isDemoRef.current = true;
    setIsDemo(true);
    return '';
  }, [show]);

  return { screen, show, keptHome, showUnlocked, lock, lockError, isDemoOffered, isDemo, openDemo };
}

function initialScreen(state: VaultState): Screen {
  if (state === 'absent') return { kind: 'create' };
  if (state === 'locked') return { kind: 'unlock', lockReason: 'start' };
  return { kind: 'home', page: { name: 'caseload' } };
}
