// Builds the `waymark` command once for the integration run (main/bench/bundle.ts),
// so each test's command starts under plain Node instead of tsx compiling the
// sources, and each worker thread's, every time: about 1.5 s a command. The
// SQLite package stays outside the bundle and loads from node_modules with its
// addon, as under tsx, so the folder is inside the project. The command as an adviser runs it
// (main/cli/waymark.js, under tsx) keeps its own tests in cli.test.ts.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMainBundle } from '../../main/bench/bundle';
import { builtCliVariable } from './built-cli-variable';

/** Both integration projects (vitest.config.ts) name this setup: a run of both builds the command once. */
let isBuilt = false;

export default async function buildCliOnce(): Promise<() => void> {
  if (isBuilt) return () => undefined;
  isBuilt = true;
  const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
  const cache = join(projectRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, 'waymark-test-cli-'));
  const built = await buildMainBundle(projectRoot, folder, 'cli', { isSqliteFromProject: true });
  // Read by runWaymark in each test file (test workers inherit the environment the setup leaves).
  process.env[builtCliVariable] = built.entry;
  return () => rmSync(folder, { recursive: true, force: true });
}
