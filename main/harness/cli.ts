// `npm run preview` and the end-to-end tests start Waymark here: the real
// dispatcher and vault behind the loopback harness, serving the built renderer.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createWaymark } from '../api/waymark';
import { defaultMigrationsFolder } from '../db/migrations';
import { defaultVaultDirectory, fastestSafeKdf } from '../vault';
import { defaultRendererFolder } from '../static/assets';
import { readPreviewCommand } from './options';
import { startHarness } from './server';

const command = readPreviewCommand(process.argv.slice(2));
if (command.kind === 'help') {
  process.stdout.write(command.text);
  process.exit(0);
}
if (command.kind === 'usage-error') {
  process.stderr.write(command.message);
  process.exit(2);
}
const options = command.options;

const rendererFolder = defaultRendererFolder(process.cwd());
if (!existsSync(join(rendererFolder, 'index.html'))) {
  process.stderr.write(
    'The renderer has not been built yet. Run `npm run build:renderer` (or `npm run preview`, which does it for you).\n',
  );
  process.exit(1);
}

const demoDirectory = options.isDemoOffered
  ? join(mkdtempSync(join(tmpdir(), 'waymark-preview-demo-')), 'vault')
  : undefined;

const waymark = createWaymark({
  demoDirectory,
  directory: options.vault ?? defaultVaultDirectory(),
  migrationsFolder: defaultMigrationsFolder(),
  autoLockMs: options.autoLockSeconds === undefined ? undefined : options.autoLockSeconds * 1000,
  kdf: options.isFastKdf ? fastestSafeKdf : undefined,
  // Set only when the harness runs as a built bundle (bench:ui), where the SQLite addon is loaded by path.
  nativeBinding: process.env.WAYMARK_HARNESS_NATIVE_BINDING || undefined,
});

// Not top-level await: bench:ui runs this file built as CommonJS, as the app's main process is.
void startHarness({ dispatch: waymark.dispatch, rendererFolder, port: options.port }).then((harness) => {
  // One line on stdout that scripts and tests read; everything else goes to stderr.
  process.stdout.write(`${JSON.stringify({ url: harness.url, origin: harness.origin, token: harness.token })}\n`);
  process.stderr.write(`Waymark preview is running at ${harness.url}\nPress Ctrl+C to stop.\n`);

  if (options.isOpeningBrowser) openBrowser(harness.url);

  const shutdown = async () => {
    // As the desktop app does at quit: the last sync, then the backup and the lock.
    await waymark.syncBeforeClosing();
    waymark.close();
    if (demoDirectory) rmSync(dirname(demoDirectory), { recursive: true, force: true });
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
});

function openBrowser(url: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write('No browser could be opened here; open the address above yourself.\n'));
  child.unref();
}
