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

/**
 * A write that failed because the disk is full. SQLite reports a full disk as
 * SQLITE_FULL (sometimes as SQLITE_IOERR_WRITE when the OS refuses a write
 * part-way); Node's own file writes report ENOSPC. Wrapped errors are followed
 * through their causes.
 */
export function isDiskFullError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_WRITE' || code === 'ENOSPC') return true;
  }
  return false;
}

export const diskFullMessage =
  'There is not enough disk space to save this change. Everything saved before is safe. Free some space on this computer (or on the drive that holds the vault), then try again.';
