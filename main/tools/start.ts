// `npm start`: builds Waymark and opens it in Electron. Where the Electron
// binary cannot be downloaded (our build machines), it says so in one line
// and points at the browser preview instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const projectRoot = process.cwd();
const requireFromProject = createRequire(join(projectRoot, 'package.json'));
const cannotRun = 'Electron could not be downloaded on this machine; run `npm run preview` to use Waymark in a browser instead.';
// Long enough for a real first download, short enough not to hang forever on a silent network.
const downloadTimeoutMs = 5 * 60_000;

/** The electron package exports its executable's path, and throws when the binary was never downloaded. */
function electronExecutable(): string | null {
  try {
    const entry = requireFromProject.resolve('electron');
    delete requireFromProject.cache[entry];
    const executable: unknown = requireFromProject('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/** Newer electron packages may defer the download; one quiet attempt with the package's own installer. */
function tryDownloadingElectron(): void {
  let installer: string;
  try {
    installer = join(requireFromProject.resolve('electron/package.json'), '..', 'install.js');
  } catch {
    return;
  }
  const environment = { ...process.env };
  delete environment.ELECTRON_SKIP_BINARY_DOWNLOAD;
  spawnSync(process.execPath, [installer], { cwd: projectRoot, env: environment, stdio: 'ignore', timeout: downloadTimeoutMs });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

let executable = electronExecutable();
if (!executable) {
  tryDownloadingElectron();
  executable = electronExecutable();
}
if (!executable) {
  process.stderr.write(`${cannotRun}\n`);
  process.exit(1);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run(npm, ['run', 'build']);
run(process.execPath, ['--import', 'tsx', join('main', 'tools', 'rebuild-native.ts'), '--if-stale']);

const environment = { ...process.env };
// Set in the parent shell, this would start Electron as plain Node and skip the app.
delete environment.ELECTRON_RUN_AS_NODE;
const electron = spawn(executable, ['.'], { cwd: projectRoot, env: environment, stdio: 'inherit' });
electron.on('close', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => electron.kill(signal));
}
