// The key hierarchy: passphrase change re-wraps without touching the database,
// the recovery code opens the vault, and weak KDF settings are refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { settings } from '../../main/db/schema';
import { AppError } from '../../main/errors';
import { deriveWrappingKey } from '../../main/vault/kdf';
import { readKeyFile } from '../../main/vault/key-file';
import {
  hashFolder,
  makeVault,
  otherStrongPassphrase,
  removeDirectory,
  strongPassphrase,
} from '../support/vault-fixture';

const created: string[] = [];
afterEach(() => created.splice(0).forEach((directory) => removeDirectory(directory)));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

async function vaultWithNote(note = 'Kept across key changes') {
  const vault = makeVault();
  created.push(vault.files.directory);
  const { recoveryCode } = await vault.create(strongPassphrase, strongPassphrase);
  vault
    .database()
    .db.insert(settings)
    .values({ key: 'note', value: JSON.stringify(note) })
    .run();
  vault.lock();
  return { vault, recoveryCode };
}

function readNote(vault: ReturnType<typeof makeVault>): unknown {
  const rows = vault.database().db.select().from(settings).all();
  return JSON.parse(rows.find((row) => row.key === 'note')?.value ?? 'null');
}

describe('creating a vault', () => {
  it('refuses a weak passphrase with advice, and mismatched confirmations', async () => {
    const vault = makeVault();
    created.push(vault.files.directory);
    const weak = await errorOf(vault.create('password123', 'password123'));
    expect(weak.code).toBe('WEAK_PASSPHRASE');
    expect(weak.message).toMatch(/too easy to guess/i);
    expect((await errorOf(vault.create(strongPassphrase, otherStrongPassphrase))).code).toBe('PASSPHRASES_DIFFER');
    expect(vault.state()).toBe('absent');
  });

  it('refuses to create a second vault over an existing one', async () => {
    const { vault } = await vaultWithNote();
    const before = hashFolder(vault.files.directory);
    expect((await errorOf(vault.create(otherStrongPassphrase, otherStrongPassphrase))).code).toBe('VAULT_EXISTS');
    expect(hashFolder(vault.files.directory)).toEqual(before);
  });

  it('issues a recovery code of six groups of four characters', async () => {
    const { recoveryCode } = await vaultWithNote();
    expect(recoveryCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
  });
});

describe('changing the passphrase', () => {
  it('keeps all data, leaves the database file unchanged, and retires the old passphrase', async () => {
    const { vault } = await vaultWithNote();
    const databaseBefore = hashFolder(vault.files.directory)['/waymark.db'];
    const keyFileBefore = readFileSync(vault.files.keyFile, 'utf8');

    await vault.unlock(strongPassphrase);
    await vault.changePassphrase(strongPassphrase, otherStrongPassphrase, otherStrongPassphrase);
    vault.lock();

    expect(hashFolder(vault.files.directory)['/waymark.db']).toBe(databaseBefore);
    expect(readFileSync(vault.files.keyFile, 'utf8')).not.toBe(keyFileBefore);
    expect((await errorOf(vault.unlock(strongPassphrase))).code).toBe('WRONG_PASSPHRASE');
    await vault.unlock(otherStrongPassphrase);
    expect(readNote(vault)).toBe('Kept across key changes');
    vault.lock();
  });

  it('refuses when the current passphrase is wrong and changes nothing', async () => {
    const { vault } = await vaultWithNote();
    await vault.unlock(strongPassphrase);
    const keyFileBefore = readFileSync(vault.files.keyFile, 'utf8');
    expect(
      (await errorOf(vault.changePassphrase('not the passphrase at all', otherStrongPassphrase, otherStrongPassphrase)))
        .code,
    ).toBe('WRONG_PASSPHRASE');
    expect(readFileSync(vault.files.keyFile, 'utf8')).toBe(keyFileBefore);
    vault.lock();
  });
});

describe('the recovery code', () => {
  it('unlocks the vault, sets a new passphrase and issues a new code that replaces the old', async () => {
    const { vault, recoveryCode } = await vaultWithNote();

    // Typed loosely, as a person might: lower case, spaces instead of hyphens.
    const { recoveryCode: nextCode } = await vault.recover(
      recoveryCode.toLowerCase().replace(/-/g, ' '),
      otherStrongPassphrase,
      otherStrongPassphrase,
    );
    expect(vault.state()).toBe('unlocked');
    expect(readNote(vault)).toBe('Kept across key changes');
    expect(nextCode).not.toBe(recoveryCode);
    vault.lock();

    expect((await errorOf(vault.unlock(strongPassphrase))).code).toBe('WRONG_PASSPHRASE');
    await vault.unlock(otherStrongPassphrase);
    vault.lock();
    expect((await errorOf(vault.recover(recoveryCode, strongPassphrase, strongPassphrase))).code).toBe(
      'WRONG_RECOVERY_CODE',
    );
    await vault.recover(nextCode, strongPassphrase, strongPassphrase);
    vault.lock();
  });

  it('is checked when the adviser types it back after creation', async () => {
    const { vault, recoveryCode } = await vaultWithNote();
    await vault.unlock(strongPassphrase);
    expect((await errorOf(vault.confirmRecoveryCode('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA'))).code).toBe(
      'WRONG_RECOVERY_CODE',
    );
    await expect(vault.confirmRecoveryCode(recoveryCode)).resolves.toBeUndefined();
    vault.lock();
  });
});

describe('key derivation settings', () => {
  it('refuses to derive a key below the OWASP floor', async () => {
    await expect(
      deriveWrappingKey('anything', new Uint8Array(16), {
        name: 'argon2id',
        memoryKiB: 8 * 1024,
        iterations: 2,
        parallelism: 1,
      }),
    ).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
    await expect(
      deriveWrappingKey('anything', new Uint8Array(16), {
        name: 'argon2id',
        memoryKiB: 19 * 1024,
        iterations: 1,
        parallelism: 1,
      }),
    ).rejects.toMatchObject({ code: 'VAULT_DAMAGED' });
  });

  it('refuses a key file whose parameters were lowered below the floor, and changes nothing', async () => {
    const { vault } = await vaultWithNote();
    const keyFile = readKeyFile(vault.files.keyFile);
    keyFile.passphrase.kdf.memoryKiB = 1024;
    keyFile.passphrase.kdf.iterations = 1;
    writeFileSync(vault.files.keyFile, JSON.stringify(keyFile));
    const before = hashFolder(vault.files.directory);

    const error = await errorOf(vault.unlock(strongPassphrase));

    expect(error.code).toBe('VAULT_DAMAGED');
    expect(error.message).toMatch(/weaker key derivation/i);
    expect(hashFolder(vault.files.directory)).toEqual(before);
  });

  it('stores parameters at or above the floor', async () => {
    const { vault } = await vaultWithNote();
    const { kdf } = readKeyFile(vault.files.keyFile).passphrase;
    expect(kdf.name).toBe('argon2id');
    expect(kdf.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(kdf.iterations).toBeGreaterThanOrEqual(2);
  });
});

describe('a passphrase wrap made for a slower Argon2id', () => {
  it('is made stronger after a quick unlock, keeping the recovery code, and opens with the same passphrase', async () => {
    // Made at OWASP's floor, as an older Waymark's WebAssembly calibration would have asked for less work.
    const { vault, recoveryCode } = await vaultWithNote();
    const before = readKeyFile(vault.files.keyFile);
    const calibrating = makeVault({ directory: vault.files.directory, kdf: undefined });

    await calibrating.unlock(strongPassphrase);
    await expect
      .poll(() => readKeyFile(vault.files.keyFile).passphrase.ciphertext, { timeout: 30_000, interval: 100 })
      .not.toBe(before.passphrase.ciphertext);
    const after = readKeyFile(vault.files.keyFile);
    const work = (kdf: { memoryKiB: number; iterations: number }) => kdf.memoryKiB * kdf.iterations;
    expect(work(after.passphrase.kdf)).toBeGreaterThanOrEqual(2 * work(before.passphrase.kdf));
    expect(after.passphrase.kdf.salt).not.toBe(before.passphrase.kdf.salt);
    expect(after.recoveryCode).toEqual(before.recoveryCode);
    expect(readNote(calibrating)).toBe('Kept across key changes');

    calibrating.lock();
    expect((await errorOf(calibrating.unlock(otherStrongPassphrase))).code).toBe('WRONG_PASSPHRASE');
    await calibrating.unlock(strongPassphrase);
    expect(readNote(calibrating)).toBe('Kept across key changes');
    calibrating.lock();
    // The recovery code's wrap was not touched, and still opens the vault.
    await calibrating.recover(recoveryCode, otherStrongPassphrase, otherStrongPassphrase);
    expect(readNote(calibrating)).toBe('Kept across key changes');
    calibrating.lock();
  });

  it('is left as it is where the parameters are fixed (tests, the harness)', async () => {
    const { vault, recoveryCode } = await vaultWithNote();
    const before = readFileSync(vault.files.keyFile);
    await vault.unlock(strongPassphrase);
    // Queued behind anything the unlock queued.
    await vault.confirmRecoveryCode(recoveryCode);
    expect(readFileSync(vault.files.keyFile).equals(before)).toBe(true);
    vault.lock();
  });
});
