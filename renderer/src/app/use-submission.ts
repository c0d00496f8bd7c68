// One submission at a time: a second press while the first is under way does nothing.
import { useCallback, useRef, useState } from 'react';

export function useSubmission(): { isBusy: boolean; run: (task: () => Promise<void>) => Promise<void> } {
  const [isBusy, setIsBusy] = useState(false);
  const isBusyRef = useRef(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (isBusyRef.current) return;
    isBusyRef.current = true;
    setIsBusy(true);
    try {
      await task();
    } finally {
      isBusyRef.current = false;
      setIsBusy(false);
    }
  }, []);
  return { isBusy, run };
}
