// A form's main button. While busy it says what is happening and ignores
// further presses; it stays focusable so focus is not lost mid-operation.
import type { ReactNode } from 'react';

type Props = { isBusy: boolean; busyLabel: string; children: ReactNode };

export function SubmitButton({ isBusy, busyLabel, children }: Props) {
  return (
    <button
      type="submit"
      className="button button-primary"
      aria-disabled={isBusy ? true : undefined}
      data-busy={isBusy ? true : undefined}
    >
      {isBusy ? busyLabel : children}
    </button>
  );
}
