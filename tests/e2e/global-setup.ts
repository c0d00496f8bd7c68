// Builds the harness once for the whole run, as the app's main process is built
// (main/bench/bundle.ts: one CommonJS bundle, its workers beside it), so each
// test's harness starts under plain Node in a fraction of a second instead of
// tsx compiling the sources, and each worker thread's, every time.
// WAYMARK_E2E_FROM_SOURCES=1 runs the sources under tsx instead (as `npm run preview` does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMainBundle } from '../../main/bench/bundle';
import { builtHarnessVariable } from './harness';

export default async function globalSetup(): Promise<() => void> {
  if (process.env.WAYMARK_E2E_FROM_SOURCES === '1') return () => undefined;
  const folder = mkdtempSync(join(tmpdir(), 'waymark-e2e-harness-'));
  const built = await buildMainBundle(fileURLToPath(new URL('../..', import.meta.url)), folder, 'harness');
  // Read by each worker's startHarness (workers inherit the environment the setup leaves).
  process.env[builtHarnessVariable] = JSON.stringify(built);
  return () => rmSync(folder, { recursive: true, force: true });
}
