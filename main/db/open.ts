// Opens the vault's database with its raw data key and proves the result is
// really encrypted before anything else touches it. A plain SQLite build
// accepts PRAGMA key silently and encrypts nothing, so the cipher is asserted.
import Database from 'better-sqlite3';
import { AppError } from '../errors';

export type SqliteDatabase = Database.Database;

export type OpenOptions = {
  /** Path to the addon built for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string | undefined;
  /** Read only, changing nothing (reading what is left of a damaged vault). */
  isReadOnly?: boolean | undefined;
};

export function openEncryptedDatabase(file: string, dataKey: Buffer, options: OpenOptions = {}): SqliteDatabase {
  const sqlite = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.isReadOnly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    // Key pragmas come before any other statement.
    sqlite.pragma(`cipher='sqlcipher'`);
    sqlite.pragma('legacy=4');
    sqlite.pragma(`key="x'${dataKey.toString('hex')}'"`);
    assertKeyOpensDatabase(sqlite);
    assertEncrypted(sqlite);
    if (options.isReadOnly) return sqlite;
    applyConnectionSettings(sqlite);
    beginTransactionsImmediately(sqlite);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** Every setting after the key, exported so the benchmark's plain database can be opened the same way. */
export function applyConnectionSettings(sqlite: SqliteDatabase): void {
  sqlite.pragma('journal_mode=WAL');
  // This build defaults to NORMAL under WAL, which can lose the last commits on power loss.
  sqlite.pragma('synchronous=FULL');
  // Temporary files are not encrypted; keep them in memory.
  sqlite.pragma('temp_store=MEMORY');
  sqlite.pragma('foreign_keys=ON');
  sqlite.pragma('secure_delete=ON');
}

/**
 * Every transaction on this connection takes the write lock as it begins.
 * The app's connection and the sync worker's (main/services/sync/in-worker.ts)
 * both write. A transaction begun the default way (DEFERRED) that reads, then
 * writes after the other connection committed, fails at once with SQLITE_BUSY:
 * its snapshot is stale, and no waiting helps. Begun IMMEDIATE, it waits its
 * turn at the start instead (better-sqlite3's 5-second busy timeout), and the
 * other's commits are short. Nested transactions are savepoints, as before;
 * drizzle's `db.transaction` asks for `.deferred` by name, so that one is
 * immediate too.
 */
function beginTransactionsImmediately(sqlite: SqliteDatabase): void {
  const transaction = sqlite.transaction.bind(sqlite);
  sqlite.transaction = ((fn: (...args: never[]) => unknown) => {
    const made = transaction(fn);
    return Object.assign((...args: never[]) => made.immediate(...args), {
      default: made.immediate,
      deferred: made.immediate,
      immediate: made.immediate,
      exclusive: made.exclusive,
    });
  }) as SqliteDatabase['transaction'];
}

/** SQLCipher reports a page whose authentication code fails as corrupt or "not a database". */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code ?? '';
  return code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT');
}

/**
 * A structural check of every page (about 1.5 s at 20,000 clients): a flipped
 * byte fails the page's authentication code. Unlocking runs it in a worker
 * thread (main/vault/damage-check.ts); once damage has been seen it runs here,
 * before opening, so the adviser is offered a restore straight away.
 */
export function assertUndamaged(sqlite: SqliteDatabase): void {
  const damaged = (cause?: unknown) =>
    new AppError(
      'VAULT_DAMAGED',
      'The vault is damaged: part of it could not be read. Nothing has been changed or deleted. Restore it from a backup.',
      { cause },
    );
  let result: string;
  try {
    result = (sqlite.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check).join('; ');
  } catch (error) {
    if (isDamageError(error)) throw damaged(error);
    throw error;
  }
  if (result !== 'ok') throw damaged();
}

function assertKeyOpensDatabase(sqlite: SqliteDatabase): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isDamageError(error)) {
      throw new AppError(
        'VAULT_DAMAGED',
        'The vault database could not be opened with its key. It may be damaged or belong to another key file. Restore from a backup.',
        { cause: error },
      );
    }
    throw error;
  }
}

function assertEncrypted(sqlite: SqliteDatabase): void {
  const cipher = sqlite.pragma('cipher', { simple: true });
  if (cipher !== 'sqlcipher') {
    throw new AppError(
      'INTERNAL',
      'Waymark was built without database encryption, so it will not open the vault. Reinstall Waymark.',
    );
  }
}

/** What `PRAGMA cipher` reports: used by verify and by the tests that guard the build. */
export function cipherName(sqlite: SqliteDatabase): string {
  return String(sqlite.pragma('cipher', { simple: true }));
}
