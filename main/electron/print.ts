// Printing in the desktop app: print.page goes through the dispatcher like
// every call (checked sender, unlocked vault, valid input), then prints the
// window that asked, with the system's print dialog, on A4.
import type { Result } from '../../shared/contract';
import type { CallEvent } from './ipc';

/** The part of Electron's WebContents that printing uses. */
export type PrintableContents = {
  print(
    options: { silent: boolean; printBackground: boolean; pageSize: 'A4' },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
};

export type PrintEvent = CallEvent & { sender: PrintableContents };

type CallHandler<E> = (event: E, channel: unknown, input: unknown) => Promise<Result<unknown>>;

export const printChannelName = 'print.page';

export function printContents(contents: PrintableContents): Promise<Result<{ printedBy: 'app' }>> {
  return new Promise((resolve) => {
    // printBackground off: the print stylesheet sets black on white, and no ink goes on panels' tints.
    contents.print({ silent: false, printBackground: false, pageSize: 'A4' }, (success, failureReason) => {
      // Closing the dialog without printing is the adviser's choice, not a failure.
      if (success || failureReason === 'cancelled') resolve({ ok: true, value: { printedBy: 'app' } });
      else
        resolve({
          ok: false,
          error: {
            code: 'INTERNAL',
            message: 'The page could not be printed. Check the printer is on and connected, then try again.',
          },
        });
    });
  });
}

/** Wraps the IPC call handler: once the dispatcher has accepted print.page, the sender's window is printed. */
export function printsForSender(handle: CallHandler<CallEvent>): CallHandler<PrintEvent> {
  return async (event, channel, input) => {
    const result = await handle(event, channel, input);
    if (channel !== printChannelName || !result.ok) return result;
    return printContents(event.sender);
  };
}
