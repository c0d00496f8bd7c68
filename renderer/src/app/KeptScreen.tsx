// The unlocked app's page stays mounted through a lock, so unlocking returns
// to it with anything half-typed intact. While locked it is hidden from sight,
// from assistive technology and from the keyboard (Activity hidden: display
// none, its effects stopped, so no polling or shortcuts), and it lives only in
// memory. Focus goes back to the field the adviser was typing in, or else to
// the page's heading.
import { Activity, useEffect, useRef, type ReactNode } from 'react';

type Props = { isShown: boolean; children: ReactNode };

export function KeptScreen({ isShown, children }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const lastFocusedRef = useRef<HTMLElement | null>(null);

  // Remember the last thing focused inside, so it can take focus again after unlocking.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && containerRef.current?.contains(event.target))
        lastFocusedRef.current = event.target;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  // Taken as the screen is hidden: once shown again, its heading takes focus (and would count as the last).
  const focusToRestoreRef = useRef<HTMLElement | null>(null);
  const wasHiddenRef = useRef(false);
  useEffect(() => {
    if (!isShown) {
      focusToRestoreRef.current = lastFocusedRef.current;
      wasHiddenRef.current = true;
      return undefined;
    }
    // Only a return from the lock moves focus; the first showing leaves it to the page.
    if (!wasHiddenRef.current) return undefined;
    wasHiddenRef.current = false;
    const remembered = focusToRestoreRef.current;
    focusToRestoreRef.current = null;
    // Half-typed text gets its cursor back; anything else (the Lock button, a link) hands focus to the page's heading, as opening a page does.
    const isTyping = remembered?.matches('input, textarea, select, [contenteditable="true"]') ?? false;
    const element = isTyping ? remembered : containerRef.current?.querySelector<HTMLElement>('h1[tabindex="-1"]');
    if (!element) return undefined;
    // After the page's own effects (its heading takes focus on mount).
    const frame = window.requestAnimationFrame(() => {
      if (element.isConnected) element.focus();
    });
    return () => window.cancelAnimationFrame(frame);
  }, [isShown]);

  return (
    // display: contents, so the wrapper changes nothing about the layout while shown.
    <div
      ref={containerRef}
      hidden={!isShown}
      inert={!isShown}
      aria-hidden={isShown ? undefined : true}
      style={{ display: isShown ? 'contents' : 'none' }}
    >
      <Activity mode={isShown ? 'visible' : 'hidden'}>{children}</Activity>
    </div>
  );
}
