// The Electron preload's bridge, as the renderer sees it. Absent in the browser
// harness, where the client falls back to HTTP on the loopback address.
import type { Result } from '../../../shared/contract';

export type WaymarkBridge = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
};

declare global {
  interface Window {
    waymark?: WaymarkBridge;
  }
}
