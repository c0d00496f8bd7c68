// Alt+Down and Alt+Up move between stages from anywhere on the interview
// screen, including while typing notes; not in drop-downs and date boxes,
// where Alt+Down opens the list or calendar.
import { useEffect, useRef } from 'react';

export const nextStageShortcut = { aria: 'Alt+ArrowDown', label: 'Alt+↓' } as const;
export const previousStageShortcut = { aria: 'Alt+ArrowUp', label: 'Alt+↑' } as const;

export function useStageShortcuts(onNext: () => void, onPrevious: () => void): void {
  const handlers = useRef({ onNext, onPrevious });
  useEffect(() => {
    handlers.current = { onNext, onPrevious };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || opensWithAltDown(event.target)) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        handlers.current.onNext();
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        handlers.current.onPrevious();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function opensWithAltDown(target: EventTarget | null): boolean {
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && ['date', 'time', 'datetime-local', 'month', 'week'].includes(target.type)
  );
}
