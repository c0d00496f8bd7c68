// Builds the harness once for the whole run, as the app's main process is built
// (main/bench/bundle.ts: one CommonJS bundle, its workers beside it), so each
// test's harness starts under plain Node in a fraction of a second instead of
// tsx compiling the sources, and each worker thread's, every time.
// WAYMARK_E2E_FROM_SOURCES=1 runs the sources under tsx instead (as `npm run preview` does).
// It also makes the vault a test copies when making one is not what it is about (vault-setup.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMainBundle } from '../../main/bench/bundle';
import { builtHarnessVariable, startHarness } from './harness';
import { passphrase, templateVaultVariable, type TemplateVault } from './vault-setup';

export default async function globalSetup(): Promise<() => void> {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-harness-'));
  if (process.env.WAYMARK_E2E_FROM_SOURCES !== '1') {
    const built = await buildMainBundle(fileURLToPath(new URL('../..', import.meta.url)), folder, 'harness');
    // Read by each worker's startHarness (workers inherit the environment the setup leaves).
    process.env[builtHarnessVariable] = JSON.stringify(built);
  }
  process.env[templateVaultVariable] = JSON.stringify(await makeTemplateVault(join(folder, 'template-vault')));
  return () => rmSync(folder, { recursive: true, force: true });
}

/**
 * A new vault, made once through the app's own vault.create and left locked. Making one costs
 * the harness about 0.7 s of CPU (the passphrase check ranks its dictionaries, every migration
 * runs); copying it and unlocking costs a few milliseconds.
 */
async function makeTemplateVault(directory: string): Promise<TemplateVault> {
  const harness = await startHarness({ autoLockSeconds: 600 });
  try {
    const created = await harness.call('vault.create', { passphrase, confirmation: passphrase });
    if (!created.ok) throw new Error(`Could not create the template vault: ${created.error.message}`);
    const locked = await harness.call('vault.lock', {});
    if (!locked.ok) throw new Error(`Could not lock the template vault: ${locked.error.message}`);
    cpSync(harness.vaultDirectory, directory, { recursive: true });
    return { directory, recoveryCode: created.value.recoveryCode };
  } finally {
    await harness.stop();
  }
}
