// The Electron transport: one IPC channel that forwards to the dispatcher,
// answered only for the main frame of our own app:// page.
import type { Result } from '../../shared/contract';
import type { Dispatch } from '../api/dispatcher';
import { isAppUrl } from './origin';

export const ipcChannel = 'waymark:call';

/** The parts of Electron's WebFrameMain the check reads. */
export type SenderFrame = { url: string; parent: unknown; processId: number; routingId: number };

/** The parts of Electron's IpcMainInvokeEvent the check reads. */
export type CallEvent = { senderFrame: SenderFrame | null; sender: { mainFrame: SenderFrame } };

export type IpcMainLike = {
  handle(
    channel: string,
    listener: (event: CallEvent, channel: unknown, input: unknown) => Promise<Result<unknown>>,
  ): void;
};

/**
 * An iframe, a page that navigated elsewhere, or a frame already gone must not
 * reach the vault, even if a bug let one load.
 */
export function isTrustedSender(event: CallEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const mainFrame = event.sender.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId;
  return isMainFrame && isAppUrl(frame.url);
}

export function createCallHandler(dispatch: Dispatch) {
  return async (event: CallEvent, channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'This request did not come from Waymark’s own window, so it was refused.',
        },
      };
    }
    return dispatch(typeof channel === 'string' ? channel : '', input);
  };
}

export function registerCallHandler(ipcMain: IpcMainLike, dispatch: Dispatch): void {
  ipcMain.handle(ipcChannel, createCallHandler(dispatch));
}
