// The check for damage after unlocking. Reading every page takes seconds on a
// large vault (about 1.5 s at 20,000 clients), far beyond the 300 ms an unlock
// may take, so it runs in a worker thread while the adviser starts work; SQLCipher
// meanwhile refuses any damaged page that is actually read.
import { startWorker } from '../workers/start-worker';
import type { DamageCheckResult } from './damage-check-worker';

export function checkForDamage(
  file: string,
  dataKey: Buffer,
  nativeBinding: string | undefined,
): Promise<DamageCheckResult['outcome']> {
  return new Promise((resolveCheck) => {
    // The key is copied into the worker as it starts (which zeroes its copy when done); ours is wiped at once.
    const keyCopy = new Uint8Array(dataKey);
    const worker = startWorker(new URL('./damage-check-worker.ts', import.meta.url), 'damage-check-worker.cjs', {
      file,
      dataKey: keyCopy,
      nativeBinding,
    });
    keyCopy.fill(0);
    worker.once('message', (result: DamageCheckResult) => resolveCheck(result.outcome));
    worker.once('error', () => resolveCheck('unchecked'));
    worker.once('exit', () => resolveCheck('unchecked'));
  });
}
