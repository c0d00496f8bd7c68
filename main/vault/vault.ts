// The vault's life: create, unlock, lock, change passphrase, recover. It holds
// the data key and the open database while unlocked and nothing while locked.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { VaultState } from '../../shared/contract';
import { formatRecoveryCode, normaliseRecoveryCode } from '../../shared/recovery-code';
import * as schema from '../db/schema';
import { applyMigrations, defaultMigrationsFolder, hasPendingMigrations } from '../db/migrations';
import { assertUndamaged, openEncryptedDatabase, type SqliteDatabase } from '../db/open';
import { AppError } from '../errors';
import { createLogger } from '../log';
import { createAttemptThrottle, type ThrottleOptions } from './attempt-throttle';
import { derivedKeys } from './derived-keys';
import { calibrateKdf, isMuchWeaker, kdfTargetMs, type KdfParameters } from './kdf';
import {
  dataKeyLength,
  newKeyFile,
  readKeyFile,
  unwrapDataKey,
  wrapDataKey,
  writeKeyFile,
  type KeyFile,
} from './key-file';
import { vaultFiles } from './paths';
import { checkForDamage, isFullDamageCheckDue, recordFullDamageCheck } from './damage-check';

const log = createLogger('vault');

export type VaultDatabase = BetterSQLite3Database<typeof schema>;
export type OpenVault = {
  sqlite: SqliteDatabase;
  db: VaultDatabase;
  /** Keys the erasure tombstones' subject hash (see erasure-key.ts); set on every vault the app opens. */
  erasureKey?: Buffer | undefined;
  /** Seals the per-document keys in the shared sync folder (see derived-keys.ts); set on every vault the app opens. */
  syncKey?: Buffer | undefined;
};

export type VaultOptions = {
  directory: string;
  /** Fixed KDF parameters (tests, benchmarks); otherwise calibrated on this machine. */
  kdf?: KdfParameters | undefined;
  nativeBinding?: string | undefined;
  migrationsFolder?: string | undefined;
  throttle?: ThrottleOptions | undefined;
  /**
   * Called inside unlock when this version of Waymark is about to change the
   * schema, on the connection about to be migrated: the app passes the backup
   * before migrations (main/backup), which the vault itself cannot know about.
   * Throwing stops the unlock with nothing changed.
   */
  beforeMigrations?: ((source: { sqlite: SqliteDatabase; keyFile: string; dataKey: Buffer }) => void) | undefined;
  /** Called after the database is opened, before the vault counts as unlocked. */
  onUnlocked?: ((vault: OpenVault) => void) | undefined;
  onLocked?: (() => void) | undefined;
};

export type Vault = ReturnType<typeof createVault>;

let calibrated: Promise<KdfParameters> | undefined;

/**
 * An unlock whose key took less than this was made for a slower Argon2id (an older
 * Waymark derived keys in WebAssembly, about 2.5 times slower than the native addon)
 * or a slower computer: the passphrase wrap may be made again stronger (see
 * strengthenPassphraseWrap). Half the calibration target.
 */
const quickUnlockMs = kdfTargetMs / 2;

/** How long after unlocking the check for damage starts (see watchForDamage). */
const damageCheckDelayMs = 2_000;

export function createVault(options: VaultOptions) {
  const files = vaultFiles(options.directory);
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
  const throttle = createAttemptThrottle(options.throttle);
  let open: (OpenVault & { dataKey: Buffer }) | undefined;
  /** Set when the last unlock found the database damaged: only then may a backup replace it while locked. */
  let isDamaged = false;
  let damageCheckTimer: NodeJS.Timeout | undefined;
  /** The check under way, if any: settles once its worker has closed its own connection to the file. */
  let damageCheck: Promise<void> = Promise.resolve();
  let queue: Promise<unknown> = Promise.resolve();

  /** One vault operation at a time: two unlocks must not race to open the file. */
  function serialised<T>(operation: () => Promise<T>): Promise<T> {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  }

  function kdfParameters(): Promise<KdfParameters> {
    if (options.kdf) return Promise.resolve(options.kdf);
    calibrated ??= calibrateKdf();
    return calibrated;
  }

  function state(): VaultState {
    if (open) return 'unlocked';
    return existsSync(files.keyFile) ? 'locked' : 'absent';
  }

  function openDatabase(dataKey: Buffer): void {
    let sqlite: SqliteDatabase;
    try {
      sqlite = openEncryptedDatabase(files.database, dataKey, { nativeBinding: options.nativeBinding });
    } catch (error) {
      isDamaged = (error as { code?: string }).code === 'VAULT_DAMAGED';
      throw error;
    }
    try {
      // Once damage has been seen, every page is checked before opening, so the adviser is offered a restore at once.
      const wasDamaged = isDamaged;
      if (wasDamaged) assertUndamaged(sqlite);
      isDamaged = false;
      const db = drizzle({ client: sqlite, schema });
      if (hasPendingMigrations(sqlite, migrationsFolder)) {
        // The backup folder setting is inside the database, readable now and before the schema changes.
        options.beforeMigrations?.({ sqlite, keyFile: files.keyFile, dataKey });
      }
      applyMigrations(sqlite, db, migrationsFolder);
      const vault = { sqlite, db, ...derivedKeys(dataKey) };
      options.onUnlocked?.(vault);
      open = { ...vault, dataKey };
      if (!wasDamaged) watchForDamage(open);
    } catch (error) {
      sqlite.close();
      throw error;
    }
  }

  async function assertNewPassphraseAcceptable(passphrase: string, confirmation: string): Promise<void> {
    if (passphrase !== confirmation) {
      throw new AppError(
        'PASSPHRASES_DIFFER',
        'The two passphrases do not match. Type the same passphrase in both boxes.',
      );
    }
    // Loaded when a passphrase is chosen, not at start-up: its dictionaries hold about 15 MB for as long as the app runs.
    const { assessPassphrase } = await import('../../shared/passphrase-strength');
    const assessment = assessPassphrase(passphrase);
    if (!assessment.isStrongEnough) {
      throw new AppError('WEAK_PASSPHRASE', `That passphrase would be too easy to guess. ${assessment.advice}`);
    }
  }

  function newRecoveryCode(): string {
    return formatRecoveryCode(randomBytes(24));
  }

  function recordAudit(action: string): void {
    if (!open) return;
    open.db.insert(schema.auditEvents).values({ occurredAt: new Date().toISOString(), action }).run();
  }

  async function unwrapWithPassphrase(passphrase: string): Promise<Buffer> {
    const keyFile = readKeyFile(files.keyFile);
    if (passphrase.length === 0) {
      throw new AppError('WRONG_PASSPHRASE', 'Enter your passphrase to unlock the vault.');
    }
    throttle.assertMayTry();
    const dataKey = await unwrapDataKey(keyFile.passphrase, passphrase, 'passphrase');
    if (!dataKey) {
      throttle.recordFailure();
      log.info('unlock refused: wrong passphrase');
      throw new AppError('WRONG_PASSPHRASE', 'That passphrase is not right. Check for caps lock and try again.');
    }
    throttle.recordSuccess();
    return dataKey;
  }

  /** Whether the wrap opens with this passphrase to exactly this data key (the copy it opens is zeroed). */
  async function opensTo(wrapped: KeyFile['passphrase'], passphrase: string, dataKey: Buffer): Promise<boolean> {
    const opened = await unwrapDataKey(wrapped, passphrase, 'passphrase');
    const isSame = opened !== null && opened.equals(dataKey);
    opened?.fill(0);
    return isSame;
  }

  /**
   * After an unlock that was quick: if the passphrase wrap asks for much less work than
   * this computer does in half a second, wrap the data key again with this computer's
   * parameters, check the new wrap opens to the same key, and replace only that wrap
   * (the recovery code's stays). Queued behind the unlock, so the adviser is not kept
   * waiting; anything that changed the key file meanwhile, or a lock, leaves it alone.
   */
  function strengthenPassphraseWrap(passphrase: string): Promise<void> {
    return serialised(async () => {
      if (!open) return;
      const before = readKeyFile(files.keyFile);
      const parameters = await kdfParameters();
      if (!open || !isMuchWeaker(before.passphrase.kdf, parameters)) return;
      // A copy: locking (which is not queued) zeroes the open vault's key in place.
      const dataKey = Buffer.from(open.dataKey);
      try {
        // Only a wrap this passphrase opens to this key is replaced (quick: it is the weak one).
        if (!(await opensTo(before.passphrase, passphrase, dataKey))) return;
        const stronger = await wrapDataKey(dataKey, passphrase, 'passphrase', parameters);
        const isSameKey = await opensTo(stronger, passphrase, dataKey);
        const current = readKeyFile(files.keyFile);
        if (!isSameKey || current.passphrase.ciphertext !== before.passphrase.ciphertext) return;
        writeKeyFile(files.keyFile, { ...current, passphrase: stronger });
        log.info('passphrase wrap made stronger for this computer');
      } finally {
        dataKey.fill(0);
      }
    }).catch((error: unknown) => {
      // The old wrap is still in place and still opens the vault; the next quick unlock tries again.
      log.warn('could not make the passphrase wrap stronger', {
        reason: error instanceof Error ? error.name : 'unknown',
      });
    });
  }

  return {
    files,
    state,

    create(passphrase: string, confirmation: string): Promise<{ recoveryCode: string }> {
      return serialised(async () => {
        if (existsSync(files.keyFile)) {
          throw new AppError(
            'VAULT_EXISTS',
            'There is already a vault in this folder. Unlock it instead, or choose another folder.',
          );
        }
        if (existsSync(files.database)) {
          throw new AppError(
            'VAULT_DAMAGED',
            'This folder holds a Waymark database without its key file. Restore the key file from a backup; nothing has been changed.',
          );
        }
        await assertNewPassphraseAcceptable(passphrase, confirmation);
        mkdirSync(options.directory, { recursive: true, mode: 0o700 });
        const dataKey = randomBytes(dataKeyLength);
        const recoveryCode = newRecoveryCode();
        const parameters = await kdfParameters();
        const keyFile = newKeyFile(
          await wrapDataKey(dataKey, passphrase, 'passphrase', parameters),
          await wrapDataKey(dataKey, normaliseRecoveryCode(recoveryCode), 'recoveryCode', parameters),
          new Date(),
        );
        try {
          openDatabase(dataKey);
          writeKeyFile(files.keyFile, keyFile);
        } catch (error) {
          // Leave the folder as it was: no database without a key file.
          lockNow();
          for (const suffix of ['', '-wal', '-shm']) rmSync(files.database + suffix, { force: true });
          throw error;
        }
        recordAudit('vault.created');
        log.info('vault created');
        return { recoveryCode };
      });
    },

    unlock(passphrase: string): Promise<void> {
      return serialised(async () => {
        if (open) return;
        let dataKey: Buffer;
        const started = performance.now();
        try {
          dataKey = await unwrapWithPassphrase(passphrase);
        } catch (error) {
          // A key file that cannot be read is damage too: a backup may replace it.
          if ((error as { code?: string }).code === 'VAULT_DAMAGED') isDamaged = true;
          throw error;
        }
        const unwrapMs = performance.now() - started;
        try {
          openDatabase(dataKey);
        } catch (error) {
          dataKey.fill(0);
          throw error;
        }
        log.info('vault unlocked');
        // Fixed parameters (tests, the harness) are never changed; calibrated ones may be raised.
        if (!options.kdf && unwrapMs < quickUnlockMs) void strengthenPassphraseWrap(passphrase);
      });
    },

    recover(recoveryCode: string, newPassphrase: string, confirmation: string): Promise<{ recoveryCode: string }> {
      return serialised(async () => {
        const keyFile = readKeyFile(files.keyFile);
        await assertNewPassphraseAcceptable(newPassphrase, confirmation);
        throttle.assertMayTry();
        const dataKey = await unwrapDataKey(keyFile.recoveryCode, normaliseRecoveryCode(recoveryCode), 'recoveryCode');
        if (!dataKey) {
          throttle.recordFailure();
          throw new AppError(
            'WRONG_RECOVERY_CODE',
            'That recovery code is not right. Check each group of four characters and try again.',
          );
        }
        throttle.recordSuccess();
        const nextRecoveryCode = newRecoveryCode();
        const parameters = await kdfParameters();
        const replacement = newKeyFile(
          await wrapDataKey(dataKey, newPassphrase, 'passphrase', parameters),
          await wrapDataKey(dataKey, normaliseRecoveryCode(nextRecoveryCode), 'recoveryCode', parameters),
          new Date(keyFile.createdAt),
        );
        if (open) dataKey.fill(0);
        else openDatabase(dataKey);
        writeKeyFile(files.keyFile, replacement);
        recordAudit('vault.recovered');
        log.info('vault recovered with recovery code');
        return { recoveryCode: nextRecoveryCode };
      });
    },

    confirmRecoveryCode(recoveryCode: string): Promise<void> {
      return serialised(async () => {
        assertUnlocked();
        const keyFile = readKeyFile(files.keyFile);
        const dataKey = await unwrapDataKey(keyFile.recoveryCode, normaliseRecoveryCode(recoveryCode), 'recoveryCode');
        if (!dataKey) {
          throw new AppError(
            'WRONG_RECOVERY_CODE',
            'That does not match the recovery code shown. Check each group of four characters and try again.',
          );
        }
        dataKey.fill(0);
        recordAudit('vault.recovery-code-confirmed');
      });
    },

    changePassphrase(currentPassphrase: string, newPassphrase: string, confirmation: string): Promise<void> {
      return serialised(async () => {
        assertUnlocked();
        await assertNewPassphraseAcceptable(newPassphrase, confirmation);
        const dataKey = await unwrapWithPassphrase(currentPassphrase);
        try {
          const keyFile = readKeyFile(files.keyFile);
          const parameters = await kdfParameters();
          // Only the passphrase wrap changes; the database and its key stay as they are.
          writeKeyFile(files.keyFile, {
            ...keyFile,
            passphrase: await wrapDataKey(dataKey, newPassphrase, 'passphrase', parameters),
          });
        } finally {
          dataKey.fill(0);
        }
        // Deliberately no database write: a passphrase change must leave the database file untouched.
        log.info('passphrase changed');
      });
    },

    lock(): void {
      lockNow();
    },

    migrationsFolder,

    /**
     * Opens another database file with a data key the way the vault opens its
     * own (same native build, checks and migrations): a restore prepares its
     * copy with this before swapping it in.
     */
    openFile(
      file: string,
      dataKey: Buffer,
      { isReadOnly = false }: { isReadOnly?: boolean } = {},
    ): OpenVault & { close(): void } {
      const sqlite = openEncryptedDatabase(file, dataKey, { nativeBinding: options.nativeBinding, isReadOnly });
      try {
        const db = drizzle({ client: sqlite, schema });
        if (!isReadOnly) {
          assertUndamaged(sqlite);
          applyMigrations(sqlite, db, migrationsFolder);
        }
        return { sqlite, db, ...derivedKeys(dataKey), close: () => sqlite.close() };
      } catch (error) {
        sqlite.close();
        throw error;
      }
    },

    /**
     * Settles once a check for damage under way has finished (at once if none is). Its
     * worker reads the file through a connection of its own: a process that ends while
     * it is open leaves SQLite's write-ahead log behind, so quitting waits for it.
     */
    damageCheckSettled(): Promise<void> {
      return damageCheck;
    },

    /** Whether the last unlock found the database damaged (a restore is then offered while locked). */
    isDamaged(): boolean {
      return isDamaged && !open;
    },

    /**
     * Restore in place: close the database, move a prepared, checked database
     * over it, install its key file if given, and open it with its data key.
     * `setAside` runs while closed, to move the old files away first.
     */
    replaceDatabase(
      prepared: string,
      dataKey: Buffer,
      replacement: { keyFile?: KeyFile | undefined; setAside?: (() => void) | undefined },
    ): Promise<void> {
      return serialised(async () => {
        lockNow();
        replacement.setAside?.();
        // A WAL left beside the old file would be replayed into the new one: none may remain.
        for (const suffix of ['-wal', '-shm']) rmSync(files.database + suffix, { force: true });
        renameSync(prepared, files.database);
        if (replacement.keyFile) writeKeyFile(files.keyFile, replacement.keyFile);
        openDatabase(dataKey);
        log.info('vault restored from a backup');
      });
    },

    /** The open database; throws LOCKED when the vault is locked. */
    database(): OpenVault {
      assertUnlocked();
      return open as OpenVault;
    },

    /** The raw data key, for backups into a target keyed the same way. Never leaves main. */
    dataKey(): Buffer {
      assertUnlocked();
      return (open as { dataKey: Buffer }).dataKey;
    },
  };

  /**
   * Checks every page in a worker thread after unlocking (see damage-check.ts).
   * Damage locks the vault: the next unlock checks before opening and answers
   * VAULT_DAMAGED, which offers a restore. Nothing is changed or deleted.
   */
  function watchForDamage(session: NonNullable<typeof open>): void {
    // A few seconds' wait leaves the first screen the machine to itself.
    damageCheckTimer = setTimeout(() => {
      damageCheckTimer = undefined;
      if (open !== session) return;
      const isFullCheckDue = isFullDamageCheckDue(session.sqlite, new Date());
      damageCheck = checkForDamage(files.database, session.dataKey, options.nativeBinding, { isFullCheckDue })
        .then(({ outcome, isFullCheck }) => {
          if (open !== session) return;
          if (outcome === 'ok' && isFullCheck) recordFullDamageCheck(session.sqlite, new Date());
          if (outcome !== 'damaged') return;
          isDamaged = true;
          log.warn('the vault is damaged; locked it until it is restored');
          lockNow();
        })
        .catch(() => undefined);
    }, damageCheckDelayMs);
    damageCheckTimer.unref();
  }

  function assertUnlocked(): void {
    if (!open) throw new AppError('LOCKED', 'The vault is locked. Unlock it to carry on.');
  }

  function lockNow(): void {
    clearTimeout(damageCheckTimer);
    damageCheckTimer = undefined;
    if (!open) return;
    const closing = open;
    open = undefined;
    try {
      closing.sqlite.close();
    } finally {
      closing.dataKey.fill(0);
      options.onLocked?.();
      log.info('vault locked');
    }
  }
}
