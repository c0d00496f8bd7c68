// Printing in the desktop app: print.page reaches the window that asked only
// after the dispatcher accepted it, on A4 with the system dialog; closing the
// dialog is not an error, a failed print says so in plain words.
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract';
import type { CallEvent } from '../../main/electron/ipc';
import { printsForSender, type PrintEvent } from '../../main/electron/print';

function makeEvent(outcome: { success: boolean; failureReason: string }) {
  const frame = { url: 'app://waymark/index.html', parent: null, processId: 1, routingId: 1 };
  const print = vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) =>
    callback(outcome.success, outcome.failureReason),
  );
  const event: PrintEvent = {
    senderFrame: frame,
    sender: { mainFrame: frame, print } as CallEvent['sender'] & { print: typeof print },
  };
  return { event, print };
}

const accepted = async (): Promise<Result<unknown>> => ({ ok: true, value: { printedBy: 'browser' } });

describe('print.page in the desktop app', () => {
  it('prints the sender’s window on A4 with the print dialog, and says the app printed it', async () => {
    const { event, print } = makeEvent({ success: true, failureReason: '' });
    const result = await printsForSender(accepted)(event, 'print.page', {});
    expect(result).toEqual({ ok: true, value: { printedBy: 'app' } });
    expect(print).toHaveBeenCalledExactlyOnceWith(
      { silent: false, printBackground: false, pageSize: 'A4' },
      expect.any(Function),
    );
  });

  it('treats closing the dialog as the adviser’s choice', async () => {
    const { event } = makeEvent({ success: false, failureReason: 'cancelled' });
    expect(await printsForSender(accepted)(event, 'print.page', {})).toEqual({ ok: true, value: { printedBy: 'app' } });
  });

  it('says plainly when printing failed', async () => {
    const { event } = makeEvent({ success: false, failureReason: 'failed' });
    expect(await printsForSender(accepted)(event, 'print.page', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/could not be printed/) },
    });
  });

  it('prints nothing when the dispatcher refused the call (locked, or not our window), or for any other channel', async () => {
    const { event, print } = makeEvent({ success: true, failureReason: '' });
    const refused = { ok: false, error: { code: 'LOCKED', message: 'The vault is locked.' } } as const;
    expect(await printsForSender(async () => refused)(event, 'print.page', {})).toEqual(refused);
    expect(await printsForSender(accepted)(event, 'vault.status', {})).toEqual({
      ok: true,
      value: { printedBy: 'browser' },
    });
    expect(print).not.toHaveBeenCalled();
  });
});
