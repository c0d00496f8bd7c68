// Passphrases the tests use, and a way to set a vault up without the UI when
// the UI for creating one is not what a test is about.
import type { Harness } from './harness';

export const passphrase = 'correct staple orbit lantern mosaic';
export const newPassphrase = 'velvet quarry tundra pickle harbour';
export const weakPassphrase = 'password123';

export async function createVaultDirectly(
  harness: Harness,
  { isLocked }: { isLocked: boolean },
): Promise<{ recoveryCode: string }> {
  const created = await harness.call('vault.create', { passphrase, confirmation: passphrase });
  if (!created.ok) throw new Error(`Could not create the test vault: ${created.error.message}\n${harness.logTail()}`);
  if (isLocked) {
    const locked = await harness.call('vault.lock', {});
    if (!locked.ok) throw new Error(`Could not lock the test vault: ${locked.error.message}\n${harness.logTail()}`);
  }
  return created.value;
}

/** The same code with its first character changed: well formed, but wrong. */
export function alteredRecoveryCode(recoveryCode: string): string {
  const first = recoveryCode.charAt(0);
  return (first === 'A' ? 'B' : 'A') + recoveryCode.slice(1);
}

/** Where main says the vault stands, or the error code if it could not say. */
export async function vaultState(harness: Harness): Promise<string> {
  const status = await harness.call('vault.status', {});
  return status.ok ? status.value.state : status.error.code;
}
