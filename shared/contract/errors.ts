// The stable error codes every channel may answer with. Codes are part of the
// contract: the renderer, the CLI and tests branch on them, never on messages.

export const errorCodes = [
  'VALIDATION',
  'LOCKED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'WEAK_PASSPHRASE',
  'PASSPHRASES_DIFFER',
  'TOO_MANY_ATTEMPTS',
  'NO_VAULT',
  'VAULT_EXISTS',
  'VAULT_DAMAGED',
  'SCHEMA_TOO_NEW',
  /** Updating the vault's schema failed and was rolled back: the vault is as it was. */
  'MIGRATION_FAILED',
  'NOT_FOUND',
  /** The disk (or the database's size limit) is full: nothing from this call was saved. */
  'DISK_FULL',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export type AppErrorBody = {
  code: ErrorCode;
  message: string;
  /** Set with TOO_MANY_ATTEMPTS: how long before another try is accepted. */
  retryAfterMs?: number;
};

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };
