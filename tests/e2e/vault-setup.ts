// Passphrases the tests use, and a way to set a vault up without the UI when
// the UI for creating one is not what a test is about.
import { cpSync } from 'node:fs';
import type { Harness } from './harness';

export const passphrase = 'correct staple orbit lantern mosaic';
export const newPassphrase = 'velvet quarry tundra pickle harbour';
export const weakPassphrase = 'password123';

/** The vault global-setup.ts made for the run, locked, with its recovery code. */
export type TemplateVault = { directory: string; recoveryCode: string };
export const templateVaultVariable = 'WAYMARK_E2E_TEMPLATE_VAULT';

/**
 * A new vault in the harness's empty folder: a copy of the one made for the run through
 * vault.create (global-setup.ts), unlocked unless `isLocked`. Every such vault has the
 * same keys and recovery code, and each test's copy is its own.
 */
export async function createVaultDirectly(
  harness: Harness,
  { isLocked }: { isLocked: boolean },
): Promise<{ recoveryCode: string }> {
  const described = process.env[templateVaultVariable];
  if (!described) throw new Error('No template vault: run the end-to-end tests through playwright.config.ts.');
  const template = JSON.parse(described) as TemplateVault;
  cpSync(template.directory, harness.vaultDirectory, { recursive: true });
  if (!isLocked) {
    const unlocked = await harness.call('vault.unlock', { passphrase });
    if (!unlocked.ok)
      throw new Error(`Could not unlock the test vault: ${unlocked.error.message}\n${harness.logTail()}`);
  }
  return { recoveryCode: template.recoveryCode };
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
