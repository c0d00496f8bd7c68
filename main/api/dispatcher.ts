// The dispatcher: channel name -> zod-validated input -> handler -> envelope.
// Both transports (Electron IPC and the loopback harness) call only this.
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName, type ChannelOutput, type Result } from '../../shared/contract';
import { diskFullMessage, isAppError, isDiskFullError } from '../errors';
import { createLogger } from '../log';

const log = createLogger('api');

export type Handlers = {
  [C in ChannelName]: (input: z.output<(typeof contract)[C]['input']>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

export type DispatcherOptions = {
  handlers: Handlers;
  isUnlocked: () => boolean;
  /** Called for every accepted call, so the idle timer can restart. */
  onCall?: (channel: ChannelName) => void;
};

export function createDispatcher({ handlers, isUnlocked, onCall }: DispatcherOptions): Dispatch {
  return async (channel, input) => {
    if (!isChannelName(channel)) {
      return failure('UNKNOWN_CHANNEL', 'Waymark does not know that request.');
    }
    const definition = contract[channel];
    if (!definition.isAvailableWhenLocked && !isUnlocked()) {
      return failure('LOCKED', 'The vault is locked. Unlock it to carry on.');
    }
    const parsed = safeParse(definition.input, input);
    if (!parsed) {
      return failure('VALIDATION', 'Some details are not right. Waymark could not read this request.');
    }
    if (!parsed.success) {
      return failure('VALIDATION', describeIssues(parsed.error));
    }
    onCall?.(channel);
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: definition.output.parse(value) };
    } catch (error) {
      if (isAppError(error)) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}),
          },
        };
      }
      // SQLite rolls the failed transaction back, so nothing of this call was kept.
      if (isDiskFullError(error)) {
        log.warn('disk full', { channel });
        return failure('DISK_FULL', diskFullMessage);
      }
      // Only the error's kind is logged: its message may quote personal data.
      log.error('unexpected failure', { channel, kind: error instanceof Error ? error.name : typeof error });
      return failure(
        'INTERNAL',
        'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Waymark.',
      );
    }
  };
}

function failure(code: Extract<Result<never>, { ok: false }>['error']['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

/**
 * zod itself can throw on hostile shapes: a length check reads `.length` from a
 * non-string before the type check stops it, and `{"length": {"toString": 1}}`
 * (valid JSON) cannot be compared. Such input is simply not valid.
 */
function safeParse<S extends z.ZodType>(schema: S, input: unknown): ReturnType<S['safeParse']> | null {
  try {
    return schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch {
    return null;
  }
}

/** zod's issues in one plain sentence per problem, naming the field. */
function describeIssues(error: z.ZodError): string {
  const sentences = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return `${field}${issue.message}`;
  });
  return `Some details are not right. ${sentences.join('; ')}`;
}
