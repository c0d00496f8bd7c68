// Errors that cross the boundary carry a stable code and a plain-English
// message meant for the adviser. Anything else is a bug and is reported as
// INTERNAL without its details.
import type { ErrorCode } from '../shared/contract';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterMs: number | undefined;

  constructor(code: ErrorCode, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
