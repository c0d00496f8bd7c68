// Focus for a form opened in place of a button ("Snooze until a day", "Change
// the review date"): into the form's field as it opens, and back to a steady
// place once it closes, as the element that had focus has gone.
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusOnOpen(
  isOpen: boolean,
  whenOpen: RefObject<HTMLElement | null>,
  whenClosed: RefObject<HTMLElement | null>,
): void {
  // Nothing moves on the first render: focus is left where it is until the form has been opened once.
  const hasOpenedRef = useRef(false);
  useEffect(() => {
    if (isOpen) whenOpen.current?.focus();
    else if (hasOpenedRef.current) whenClosed.current?.focus();
    hasOpenedRef.current ||= isOpen;
  }, [isOpen, whenOpen, whenClosed]);
}
