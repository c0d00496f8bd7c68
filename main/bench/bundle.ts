// Builds one of main's processes the way `npm run build:electron` builds the
// app (main/tools/build-electron.ts): one CommonJS bundle of our code and its
// dependencies, the workers beside it, the migrations and the picture assets
// copied in, the SQLite addon loaded by path, Argon2id's copied beside the
// workers. So the figures describe the code the app ships, not tsx compiling
// the sources (and each worker thread's) as it goes: `waymark bench` runs its
// measuring process from one, `bench:ui` and the end-to-end tests the harness,
// the integration tests the `waymark` command.
import { build } from 'esbuild';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pictureAssets } from '../export/svg-to-png';
import { copyArgon2Addon } from '../tools/argon2-addon';
import { automergeWasm } from '../tools/automerge-wasm';

export type MainBundle = { entry: string; nativeBinding: string };

const entries = {
  'measure-child': ['main', 'bench', 'measure-child.ts'],
  harness: ['main', 'harness', 'cli.ts'],
  cli: ['main', 'cli', 'program.ts'],
} as const;

/**
 * isSqliteFromProject leaves the SQLite package out of the bundle, to be loaded from the
 * project's node_modules with its addon as under tsx (so the output folder must be inside
 * the project), rather than from the path the caller passes as nativeBinding.
 */
export async function buildMainBundle(
  projectRoot: string,
  outputFolder: string,
  entry: keyof typeof entries = 'measure-child',
  { isSqliteFromProject = false }: { isSqliteFromProject?: boolean } = {},
): Promise<MainBundle> {
  await build({
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild itself only for `waymark bench`, which builds its measuring process from the checkout.
    external: ['electron', 'esbuild', ...(isSqliteFromProject ? ['better-sqlite3'] : [])],
    outExtension: { '.js': '.cjs' },
    outdir: outputFolder,
    logLevel: 'warning',
    entryPoints: {
      [entry]: join(projectRoot, ...entries[entry]),
      'backup-worker': join(projectRoot, 'main', 'backup', 'backup-worker.ts'),
      'damage-check-worker': join(projectRoot, 'main', 'vault', 'damage-check-worker.ts'),
      'kdf-worker': join(projectRoot, 'main', 'vault', 'kdf-worker.ts'),
      'sync-worker': join(projectRoot, 'main', 'services', 'sync', 'sync-worker.ts'),
      'document-maker-worker': join(projectRoot, 'main', 'services', 'sync', 'document-maker-worker.ts'),
    },
    // As the app's bundle: modules that read import.meta.url get the bundle's own file URL.
    define: { 'import.meta.url': 'bundleFileUrl' },
    banner: { js: "const bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  cpSync(join(projectRoot, 'main', 'db', 'migrations'), join(outputFolder, 'db', 'migrations'), { recursive: true });
  const fromProject = createRequire(join(projectRoot, 'package.json'));
  for (const asset of pictureAssets)
    cpSync(fromProject.resolve(asset.module), join(outputFolder, 'pictures', asset.file));
  cpSync(automergeWasm(fromProject), join(outputFolder, 'automerge_wasm_bg.wasm'));
  // The key-derivation worker finds Argon2id's addon beside itself (main/vault/argon2.ts).
  copyArgon2Addon(fromProject, join(outputFolder, 'argon2.node'));
  return {
    entry: join(outputFolder, `${entry}.cjs`),
    nativeBinding: fromProject.resolve('better-sqlite3/build/Release/better_sqlite3.node'),
  };
}
