// A button that starts something which takes a moment (finalise, import,
// download). While busy it says what is happening, where it has words for
// that, and is marked unavailable; it stays focusable so focus is not lost
// mid-operation, and the step behind it ignores a second press (useSubmission).
import type { ButtonHTMLAttributes } from 'react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  isBusy: boolean;
  /** What it says while busy ("Importing…"); without it the words stay. */
  busyLabel?: string;
  type?: 'button' | 'submit';
};

export function BusyButton({
  isBusy,
  busyLabel,
  type = 'button',
  className = 'button button-primary',
  children,
  ...button
}: Props) {
  return (
    <button type={type} className={className} aria-disabled={isBusy ? true : undefined} {...button}>
      {isBusy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
