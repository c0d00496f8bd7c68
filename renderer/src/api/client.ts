// The renderer's one way to reach main: a typed call per contract channel, over
// Electron's preload bridge when present, else the loopback harness. It never
// throws; every failure comes back as an error envelope.
import type { AppErrorBody, ChannelInput, ChannelName, ChannelOutput, Result } from '../../../shared/contract';
import './bridge';
import { takeHarnessToken } from './harness-token';

type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

const unreachable: AppErrorBody = {
  code: 'INTERNAL',
  message:
    'Waymark could not reach its background service. Nothing was changed. Try again; if it keeps happening, restart Waymark.',
};

let transport: Transport | undefined;
const lockedListeners = new Set<() => void>();

/** Called whenever main answers LOCKED, so the app can return to the unlock screen. */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => lockedListeners.delete(listener);
}

export async function call<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  transport ??= chooseTransport();
  let result: Result<unknown>;
  try {
    result = await transport(channel, input);
  } catch {
    result = { ok: false, error: unreachable };
  }
  if (!isResult(result)) result = { ok: false, error: unreachable };
  if (!result.ok && result.error.code === 'LOCKED') {
    for (const listener of lockedListeners) listener();
  }
  // Main validated the output against the same contract before sending it.
  return result as Result<ChannelOutput<C>>;
}

function chooseTransport(): Transport {
  const bridge = window.waymark;
  if (bridge && typeof bridge.invoke === 'function') {
    return (channel, input) => bridge.invoke(channel, input);
  }
  return harnessTransport(takeHarnessToken());
}

function harnessTransport(token: string | null): Transport {
  return async (channel, input) => {
    if (!token) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: 'This page was opened without its access token. Open the address Waymark printed when it started.',
        },
      };
    }
    const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-waymark-token': token },
      body: JSON.stringify(input),
      cache: 'no-store',
      credentials: 'omit',
    });
    // The harness answers envelopes even for refusals; anything else is a transport failure.
    const body: unknown = await response.json().catch(() => null);
    return isResult(body) ? body : { ok: false, error: unreachable };
  };
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}
