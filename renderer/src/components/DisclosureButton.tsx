// A button that shows and hides the panel it controls, saying whether it is open.
import type { ReactNode } from 'react';

type Props = {
  isOpen: boolean;
  /** The id of the panel it shows and hides. */
  controls: string;
  className?: string;
  onToggle: (isOpen: boolean) => void;
  children: ReactNode;
};

export function DisclosureButton({ isOpen, controls, className = 'button button-quiet', onToggle, children }: Props) {
  return (
    <button
      type="button"
      className={className}
      aria-expanded={isOpen}
      aria-controls={controls}
      onClick={() => onToggle(!isOpen)}
    >
      {children}
    </button>
  );
}
