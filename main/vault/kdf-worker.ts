// Runs in a worker thread: Argon2id for the vault (see kdf.ts), so the half
// second each derivation takes never freezes the window. Requests are answered
// one at a time, in order; the wrapping key goes back as transferred bytes.
import { argon2id } from 'hash-wasm';
import { isMainThread, parentPort } from 'node:worker_threads';

export type KdfRequest = {
  id: number;
  secret: string;
  salt: Uint8Array;
  parameters: { memoryKiB: number; iterations: number; parallelism: number };
};
/** elapsedMs is the derivation alone, measured here: calibration must not count the thread's start. */
export type KdfReply = { id: number; ok: true; key: Uint8Array; elapsedMs: number } | { id: number; ok: false };

async function derive({ id, secret, salt, parameters }: KdfRequest): Promise<KdfReply> {
  try {
    const started = performance.now();
    const derived = await argon2id({
      password: secret.normalize('NFC'),
      salt,
      parallelism: parameters.parallelism,
      iterations: parameters.iterations,
      memorySize: parameters.memoryKiB,
      hashLength: 32,
      outputType: 'binary',
    });
    const elapsedMs = performance.now() - started;
    // A buffer of its own, so transferring it hands over exactly the key and nothing beside it.
    const key = new Uint8Array(derived);
    derived.fill(0);
    return { id, ok: true, key, elapsedMs };
  } catch {
    // Never the error's text: it could echo the parameters, and the caller needs only the failure.
    return { id, ok: false };
  }
}

// Loaded anywhere but in the thread kdf.ts starts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  const port = parentPort;
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: KdfRequest) => {
    queue = queue.then(async () => {
      const reply = await derive(request);
      port.postMessage(reply, reply.ok ? [reply.key.buffer as ArrayBuffer] : []);
    });
  });
}
