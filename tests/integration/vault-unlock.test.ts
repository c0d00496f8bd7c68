// Unlocking: wrong and empty passphrases are refused and change nothing on disk.
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../main/errors';
import {
  hashFolder,
  makeVault,
  otherStrongPassphrase,
  removeDirectory,
  strongPassphrase,
} from '../support/vault-fixture';

const created: string[] = [];
afterEach(() => created.splice(0).forEach((directory) => removeDirectory(directory)));

async function lockedVault() {
  const vault = makeVault();
  created.push(vault.files.directory);
  await vault.create(strongPassphrase, strongPassphrase);
  vault.lock();
  return vault;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(AppError);
  return outcome as AppError;
}

describe('unlocking the vault', () => {
  it('refuses a wrong passphrase with a plain message and leaves every file byte-identical', async () => {
    const vault = await lockedVault();
    const before = hashFolder(vault.files.directory);

    const error = await failure(vault.unlock(otherStrongPassphrase));

    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toMatch(/passphrase is not right/i);
    expect(vault.state()).toBe('locked');
    expect(hashFolder(vault.files.directory)).toEqual(before);
  });

  it('refuses an empty passphrase and leaves every file byte-identical', async () => {
    const vault = await lockedVault();
    const before = hashFolder(vault.files.directory);

    const error = await failure(vault.unlock(''));

    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(vault.state()).toBe('locked');
    expect(hashFolder(vault.files.directory)).toEqual(before);
  });

  it('unlocks with the right passphrase, including after a wrong one', async () => {
    const vault = await lockedVault();
    await failure(vault.unlock(otherStrongPassphrase));

    await vault.unlock(strongPassphrase);

    expect(vault.state()).toBe('unlocked');
    vault.lock();
  });

  it('slows down guessing after five wrong passphrases', async () => {
    let now = 1_000_000;
    const vault = makeVault({ throttle: { now: () => now } });
    created.push(vault.files.directory);
    await vault.create(strongPassphrase, strongPassphrase);
    vault.lock();

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await failure(vault.unlock(`wrong guess number ${attempt}`))).code).toBe('WRONG_PASSPHRASE');
    }
    const throttled = await failure(vault.unlock(strongPassphrase));
    expect(throttled.code).toBe('TOO_MANY_ATTEMPTS');
    expect(throttled.message).toMatch(/wait 1 second/i);

    now += 1_001;
    expect((await failure(vault.unlock('a sixth wrong guess'))).code).toBe('WRONG_PASSPHRASE');
    expect((await failure(vault.unlock(strongPassphrase))).retryAfterMs).toBe(2_000);

    now += 2_001;
    await vault.unlock(strongPassphrase);
    expect(vault.state()).toBe('unlocked');
    vault.lock();
  });

  it('says plainly when there is no vault in the folder', async () => {
    const vault = makeVault();
    created.push(vault.files.directory);
    expect(vault.state()).toBe('absent');
    expect((await failure(vault.unlock(strongPassphrase))).code).toBe('NO_VAULT');
  });
});
