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

/**
 * Makes sure the binary is there: the package's own installer returns at once when it
 * is, and otherwise tries one download. Quiet, because its failure is reported in one line.
 */
function ensureElectronDownloaded(): boolean {
  let installer: string;
  try {
    installer = join(requireFromProject.resolve('electron/package.json'), '..', 'install.js');
  } catch {
    return false;
  }
  const environment = { ...process.env };
  delete environment.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const result = spawnSync(process.execPath, [installer], { cwd: projectRoot, env: environment, stdio: 'ignore', timeout: downloadTimeoutMs });
  return result.status === 0;
}

/**
 * The electron package's main export is the executable's path. It is read in a child
 * process because newer packages print (and may try a download) as they load.
 */
function electronExecutable(): string | null {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write("\\n" + require("electron"))'], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
  const executable = result.status === 0 ? result.stdout.trimEnd().split('\n').pop() : undefined;
  return executable && existsSync(executable) ? executable : null;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const executable = ensureElectronDownloaded() ? electronExecutable() : null;
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
