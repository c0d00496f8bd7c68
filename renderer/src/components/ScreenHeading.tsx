// The one h1 of a screen. It takes focus when the screen appears, so keyboard
// and screen-reader users start at the top of what changed.
import { useEffect, useRef, type ReactNode } from 'react';

type Props = { children: ReactNode; isFocusedOnMount?: boolean };

export function ScreenHeading({ children, isFocusedOnMount = true }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (isFocusedOnMount) headingRef.current?.focus();
  }, [isFocusedOnMount]);
  return (
    <h1 ref={headingRef} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}
