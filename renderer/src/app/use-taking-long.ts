// Whether something the adviser is waiting on has gone on longer than it
// usually does, so the screen can say why rather than leave a busy button alone.
import { useEffect, useState } from 'react';

export function useTakingLong(isWaiting: boolean, afterMs: number): boolean {
  const [isTakingLong, setIsTakingLong] = useState(false);
  useEffect(() => {
    if (!isWaiting) return;
    const timer = window.setTimeout(() => setIsTakingLong(true), afterMs);
    // The wait is over (or the screen has gone): the next one starts unexplained.
    return () => {
      window.clearTimeout(timer);
      setIsTakingLong(false);
    };
  }, [isWaiting, afterMs]);
  return isTakingLong;
}
