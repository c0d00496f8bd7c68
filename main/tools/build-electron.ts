// `npm run build:electron`: bundles Electron's main process, its worker threads and preload
// into dist/electron/, copies the migrations beside them, and renders the app's icons into
// dist/icons/. Only 'electron' stays external, so the packaged app needs no node_modules;
// the SQLite addon is loaded from the path passed as nativeBinding, and Argon2id's from
// dist/native/argon2.node, copied here.
import { build, type BuildOptions } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyArgon2Addon } from './argon2-addon';
import { automergeWasm } from './automerge-wasm';
import { createRequire } from 'node:module';
import { pictureAssets } from '../export/svg-to-png';
import { buildIcons } from './icons';

const projectRoot = process.cwd();
const outputFolder = join(projectRoot, 'dist', 'electron');

const shared = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  outExtension: { '.js': '.cjs' },
  outdir: outputFolder,
  logLevel: 'warning',
} satisfies BuildOptions;

async function buildElectron(): Promise<void> {
  rmSync(outputFolder, { recursive: true, force: true });

  await Promise.all([
    build({
      ...shared,
      // Workers run in threads of their own, from .cjs files beside main.cjs (see main/workers/start-worker.ts).
      entryPoints: {
        main: join(projectRoot, 'main', 'electron', 'main.ts'),
        'backup-worker': join(projectRoot, 'main', 'backup', 'backup-worker.ts'),
        'damage-check-worker': join(projectRoot, 'main', 'vault', 'damage-check-worker.ts'),
        'kdf-worker': join(projectRoot, 'main', 'vault', 'kdf-worker.ts'),
        'sync-worker': join(projectRoot, 'main', 'services', 'sync', 'sync-worker.ts'),
        'document-maker-worker': join(projectRoot, 'main', 'services', 'sync', 'document-maker-worker.ts'),
      },
      platform: 'node',
      // Electron 45 runs Node 22; node20 is a floor that needs no syntax lowering.
      target: 'node20',
      // CommonJS has no import.meta; modules that read import.meta.url get the bundle's own file URL.
      define: { 'import.meta.url': 'bundleFileUrl' },
      banner: { js: "const bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    build({
      ...shared,
      entryPoints: { preload: join(projectRoot, 'main', 'electron', 'preload.ts') },
      // A sandboxed preload can require only 'electron': the browser platform makes any
      // Node built-in a build error here rather than a blank window at run time.
      platform: 'browser',
      target: 'chrome120',
    }),
  ]);

  // createWaymark is given dist/electron/db/migrations explicitly (see main/electron/paths.ts).
  cpSync(join(projectRoot, 'main', 'db', 'migrations'), join(outputFolder, 'db', 'migrations'), { recursive: true });
  // The picture renderer's WebAssembly and font (main/export/svg-to-png.ts looks beside the bundle).
  const fromNodeModules = createRequire(import.meta.url);
  for (const asset of pictureAssets) {
    cpSync(fromNodeModules.resolve(asset.module), join(outputFolder, 'pictures', asset.file));
  }
  // Automerge (main/services/sync) reads its WebAssembly from beside the file that loads it: the bundle.
  cpSync(automergeWasm(fromNodeModules), join(outputFolder, 'automerge_wasm_bg.wasm'));
  buildIcons(join(projectRoot, 'main', 'electron', 'icon.svg'), join(projectRoot, 'dist', 'icons'));
  copyArgon2AddonForPackaging(fromNodeModules);
}

/**
 * Argon2id's addon for this system, into dist/native/ beside the SQLite one (packaging ships
 * both from there; main/electron/paths.ts). It is N-API, so Node's build serves Electron as
 * it is. Without it the app derives keys in WebAssembly, slower but the same keys.
 */
function copyArgon2AddonForPackaging(fromNodeModules: NodeRequire): void {
  if (!copyArgon2Addon(fromNodeModules, join(projectRoot, 'dist', 'native', 'argon2.node')))
    process.stderr.write('No Argon2id addon is installed for this system: the app will derive keys in WebAssembly.\n');
}

try {
  await buildElectron();
  process.stdout.write(
    `Built Electron main, its workers and preload into ${outputFolder}, and the icons into dist/icons\n`,
  );
} catch (error) {
  process.stderr.write(`The Electron build failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
