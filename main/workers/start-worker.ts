// Starts a worker thread on one of main's own modules, the same way under tsx
// (tests, the harness, the CLI) and in the Electron bundle, where esbuild has
// built each worker beside main.cjs (see main/tools/build-electron.ts;
// Electron loads workers from inside app.asar).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * A folder of workers esbuild has already built from these same sources, as the app's
 * build does (main/bench/bundle.ts). Set only by the integration tests
 * (tests/support/built-workers.ts): under tsx each new thread compiles its worker's
 * modules again, 0.3 s for the key derivation and over a second for sync, and the tests
 * start hundreds of threads.
 */
let builtWorkersFolder: string | undefined;

export function startWorkersFromBuild(folder: string): void {
  builtWorkersFolder = folder;
}

/**
 * source: the worker's module, as `new URL('./x-worker.ts', import.meta.url)`.
 * bundledName: its file in dist/electron, such as 'damage-check-worker.cjs'.
 * workerData is copied into the thread as it starts.
 */
export function startWorker(source: URL, bundledName: string, workerData: unknown): Worker {
  const built = builtWorkersFolder && join(builtWorkersFolder, bundledName);
  // A worker the build does not make (a test's own) still starts from its source.
  const location =
    built && existsSync(built) ? pathToFileURL(built) : workerLocation(import.meta.url, source, bundledName);
  return new Worker(location, { workerData });
}

/**
 * Starts a worker with its own copy of a key: workerData is cloned into the thread
 * as it starts, and the copy made here for it is wiped at once, so the only copies
 * left are the caller's and the thread's.
 */
export function startWorkerWithKey(
  source: URL,
  bundledName: string,
  key: Buffer,
  workerData: (key: Buffer) => unknown,
): Worker {
  const copy = Buffer.alloc(key.length);
  key.copy(copy);
  try {
    return startWorker(source, bundledName, workerData(copy));
  } finally {
    copy.fill(0);
  }
}

/** Where a worker's script is, seen from the module at `moduleUrl` (this one, or main.cjs once bundled). */
export function workerLocation(moduleUrl: string, source: URL, bundledName: string): URL {
  // In the bundle import.meta.url is main.cjs's own URL, and `source` names a .ts file that is not there.
  if (moduleUrl.endsWith('.cjs')) return new URL(`./${bundledName}`, moduleUrl);
  // A worker thread does not inherit tsx's loader (and `--import tsx` in its execArgv is not applied
  // on Node 20), so a one-line module registers tsx in the thread, then loads the TypeScript source.
  const tsxApi = pathToFileURL(createRequire(moduleUrl).resolve('tsx/esm/api')).href;
  const bootstrap = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);
}
