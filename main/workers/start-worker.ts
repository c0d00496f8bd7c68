// Starts a worker thread on one of main's own modules, the same way under tsx
// (tests, the harness, the CLI) and in the Electron bundle, where esbuild has
// built each worker beside main.cjs (see main/tools/build-electron.ts).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * source: the worker's module as `new URL('./x-worker.ts', import.meta.url)`.
 * bundledName: its file in dist/electron, such as 'damage-check-worker.cjs'.
 */
export function startWorker(source: URL, bundledName: string, workerData: unknown): Worker {
  // In the bundle import.meta.url is main.cjs's own URL, so `source` names a .ts file that is not there.
  if (import.meta.url.endsWith('.cjs')) return new Worker(new URL(`./${bundledName}`, import.meta.url), { workerData });
  // Under tsx the worker needs tsx's loader registered in its own thread before it can load TypeScript.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const bootstrap = `const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(source.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData });
}
