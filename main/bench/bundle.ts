// Builds a process the benchmarks measure the way `npm run build:electron`
// builds the app (main/tools/build-electron.ts): one CommonJS bundle of our code
// and its dependencies, the workers beside it, the migrations and the picture
// assets copied in, the SQLite addon loaded by path. So the figures describe the
// code the app ships, not tsx compiling the sources (and each worker thread's)
// as it goes: `waymark bench` runs its measuring process from one, `bench:ui`
// the harness.
import { build } from 'esbuild';
import { cpSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pictureAssets } from '../export/svg-to-png';
import { automergeWasm } from '../tools/automerge-wasm';

export type BenchBundle = { entry: string; nativeBinding: string };

const entries = {
  'measure-child': ['main', 'bench', 'measure-child.ts'],
  harness: ['main', 'harness', 'cli.ts'],
} as const;

export async function buildBenchBundle(
  projectRoot: string,
  outputFolder: string,
  entry: keyof typeof entries = 'measure-child',
): Promise<BenchBundle> {
  await build({
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['electron'],
    outExtension: { '.js': '.cjs' },
    outdir: outputFolder,
    logLevel: 'warning',
    entryPoints: {
      [entry]: join(projectRoot, ...entries[entry]),
      'backup-worker': join(projectRoot, 'main', 'backup', 'backup-worker.ts'),
      'damage-check-worker': join(projectRoot, 'main', 'vault', 'damage-check-worker.ts'),
      'kdf-worker': join(projectRoot, 'main', 'vault', 'kdf-worker.ts'),
      'sync-worker': join(projectRoot, 'main', 'services', 'sync', 'sync-worker.ts'),
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
  return {
    entry: join(outputFolder, `${entry}.cjs`),
    nativeBinding: fromProject.resolve('better-sqlite3/build/Release/better_sqlite3.node'),
  };
}
