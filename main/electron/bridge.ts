// What the preload hands the page as window.waymark: one invoke() that only
// knows the contract's channels. The page never sees ipcRenderer itself.
import { isChannelName, type Result } from '../../shared/contract';

export type WaymarkBridge = { invoke(channel: string, input: unknown): Promise<Result<unknown>> };

export type SendCall = (channel: string, input: unknown) => Promise<Result<unknown>>;

export function createBridge(sendCall: SendCall): WaymarkBridge {
  return {
    invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      // Answered here with the dispatcher's own envelope, so both transports fail alike.
      if (!isChannelName(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'UNKNOWN_CHANNEL', message: 'Waymark does not know that request.' },
        });
      }
      return sendCall(channel, input);
    },
  };
}
