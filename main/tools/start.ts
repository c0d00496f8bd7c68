// `npm start`: builds Waymark and opens it in Electron. The first run downloads
// Electron, showing how far it has got; where that fails (our build machines,
// a school network without the proxy set), it says why and what to try.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directCommand, npmCommand, type Command } from './commands';
import {
  classifyDownloadFailure,
  downloadFailureMessage,
  downloadProgress,
  downloadStartMessage,
  type DownloadFailureKind,
} from './electron-download';
import { readSandboxFacts, sandboxAdvice } from './linux-sandbox';

const projectRoot = process.cwd();
const requireFromProject = createRequire(join(projectRoot, 'package.json'));
/** A download that has not grown for this long is given up. */
const stallLimitMs = 90_000;

function electronVersion(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(requireFromProject.resolve('electron/package.json'), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' ? manifest.version : null;
  } catch {
    return null;
  }
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

function bytesUnder(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    try {
      total += statSync(join(entry.parentPath, entry.name)).size;
    } catch {
      // Moved or removed as we looked: counted next time, or done.
    }
  }
  return total;
}

/**
 * Runs the electron package's own installer (download, checksum, unzip). It
 * downloads into the temporary folder it is given, which is watched to show
 * progress, since the installer itself shows none for the first 30 seconds.
 */
function downloadElectron(
  version: string,
): Promise<{ ok: true } | { ok: false; kind: DownloadFailureKind; status?: number | undefined }> {
  const installer = join(requireFromProject.resolve('electron/package.json'), '..', 'install.js');
  const downloadFolder = mkdtempSync(join(tmpdir(), 'waymark-electron-download-'));
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    TMPDIR: downloadFolder,
    TEMP: downloadFolder,
    TMP: downloadFolder,
    ELECTRON_GET_NO_PROGRESS: '1',
  };
  delete environment.ELECTRON_SKIP_BINARY_DOWNLOAD;
  process.stdout.write(`${downloadStartMessage(version)}\n`);

  return new Promise((resolveDownload) => {
    const child = spawn(process.execPath, [installer], {
      cwd: projectRoot,
      env: environment,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errorText = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      errorText += chunk;
    });

    let lastBytes = 0;
    let lastGrowthAt = Date.now();
    let hasStalled = false;
    let lastLineAt = 0;
    const ticker = setInterval(() => {
      const bytes = bytesUnder(downloadFolder);
      if (bytes > lastBytes) {
        lastBytes = bytes;
        lastGrowthAt = Date.now();
      } else if (Date.now() - lastGrowthAt > stallLimitMs) {
        hasStalled = true;
        child.kill();
      }
      // A terminal gets one line that updates; a log gets a line every ten seconds.
      if (process.stdout.isTTY) process.stdout.write(`\r  ${downloadProgress(bytes)}   `);
      else if (Date.now() - lastLineAt >= 10_000) {
        lastLineAt = Date.now();
        process.stdout.write(`  ${downloadProgress(bytes)}\n`);
      }
    }, 1_000);

    child.on('close', (code) => {
      clearInterval(ticker);
      if (process.stdout.isTTY) process.stdout.write('\n');
      rmSync(downloadFolder, { recursive: true, force: true });
      if (code === 0 && !hasStalled) {
        resolveDownload({ ok: true });
        return;
      }
      // The installer's first line names the error; its stack trace helps nobody here.
      const firstLine = errorText.trim().split('\n')[0];
      if (firstLine) process.stderr.write(`The installer said: ${firstLine}\n\n`);
      resolveDownload({
        ok: false,
        ...(hasStalled ? { kind: 'stalled' as const } : classifyDownloadFailure(errorText)),
      });
    });
  });
}

async function ensureElectron(): Promise<string> {
  const version = electronVersion();
  if (!version) fail('The electron package is not installed. Run `npm ci` first.');
  const installed = electronExecutable();
  if (installed) return installed;
  const outcome = await downloadElectron(version);
  if (!outcome.ok) fail(downloadFailureMessage(version, outcome));
  const executable = electronExecutable();
  if (!executable)
    fail(
      `Electron ${version} was downloaded but its program is missing. Delete node_modules/electron/dist and run \`npm start\` again.`,
    );
  return executable;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function run({ command, args, shell }: Command): void {
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', shell });
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const executable = await ensureElectron();
run(
  npmCommand(['run', 'build'], {
    platform: process.platform,
    nodePath: process.execPath,
    npmExecPath: process.env.npm_execpath,
  }),
);
run(directCommand(process.execPath, ['--import', 'tsx', join('main', 'tools', 'rebuild-native.ts'), '--if-stale']));

const environment = { ...process.env };
// Set in the parent shell, this would start Electron as plain Node and skip the app.
delete environment.ELECTRON_RUN_AS_NODE;
const electron = spawn(executable, ['.'], { cwd: projectRoot, env: environment, stdio: 'inherit' });
electron.on('close', (code, signal) => {
  const hasFailed = signal !== null || (code ?? 0) !== 0;
  const advice = hasFailed
    ? sandboxAdvice(readSandboxFacts(executable) ?? { restrictsUserNamespaces: false, helper: null })
    : null;
  if (advice) process.stderr.write(`\n${advice}\n`);
  process.exit(signal ? 1 : (code ?? 0));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => electron.kill(signal));
}
