// A form offered behind a quiet button ("Extend the deadline…"): the button
// until it is pressed, then the form in its place, which closes itself when
// it is done or cancelled.
import { useState, type ReactNode } from 'react';

type Props = { opener: string; children: (close: () => void) => ReactNode };

export function OpensInPlace({ opener, children }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  if (isOpen) return children(() => setIsOpen(false));
  return (
    <button type="button" className="button button-quiet" onClick={() => setIsOpen(true)}>
      {opener}
    </button>
  );
}
