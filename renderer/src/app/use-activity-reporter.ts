// Tells main the adviser is at the keyboard, so its idle lock starts counting
// again. Throttled: the idle time is minutes, so one report per 15 s is plenty.
import { useEffect } from 'react';
import { call } from '../api/client';

const throttleMs = 15_000;

export function useActivityReporter(isActive: boolean): void {
  useEffect(() => {
    if (!isActive) return undefined;
    let lastReportedAt = Number.NEGATIVE_INFINITY;
    const report = () => {
      const now = Date.now();
      if (now - lastReportedAt < throttleMs) return;
      lastReportedAt = now;
      void call('vault.activity', {});
    };
    window.addEventListener('keydown', report, { capture: true, passive: true });
    window.addEventListener('pointerdown', report, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', report, { capture: true });
      window.removeEventListener('pointerdown', report, { capture: true });
    };
  }, [isActive]);
}
