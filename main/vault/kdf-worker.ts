// Runs in a worker thread: Argon2id for the vault (see kdf.ts), so the half
// second each derivation takes never freezes the window. Requests are answered
// one at a time, in order; the wrapping key goes back as transferred bytes.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { loadArgon2, type Argon2 } from './argon2';

/** What kdf.ts starts the thread with: the addon's file where the packaged app ships one. */
export type KdfWorkerData = { argon2Addon: string | undefined };

export type KdfRequest = {
  id: number;
  secret: string;
  salt: Uint8Array;
  parameters: { memoryKiB: number; iterations: number; parallelism: number };
};
/** elapsedMs is the derivation alone, measured here: calibration must not count the thread's start. */
export type KdfReply =
  { id: number; ok: true; key: Uint8Array; elapsedMs: number; build: Argon2['build'] } | { id: number; ok: false };

async function derive(argon2: Argon2, { id, secret, salt, parameters }: KdfRequest): Promise<KdfReply> {
  try {
    const started = performance.now();
    const derived = await argon2.derive({ password: secret.normalize('NFC'), salt, ...parameters });
    const elapsedMs = performance.now() - started;
    // A buffer of its own, so transferring it hands over exactly the key and nothing beside it.
    const key = new Uint8Array(derived);
    derived.fill(0);
    return { id, ok: true, key, elapsedMs, build: argon2.build };
  } catch {
    // Never the error's text: it could echo the parameters, and the caller needs only the failure.
    return { id, ok: false };
  }
}

// Loaded anywhere but in the thread kdf.ts starts (a stray require), it does nothing.
if (!isMainThread && parentPort) {
  const port = parentPort;
  const argon2 = loadArgon2((workerData as KdfWorkerData | null)?.argon2Addon);
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (request: KdfRequest) => {
    queue = queue.then(async () => {
      const reply = await derive(argon2, request);
      port.postMessage(reply, reply.ok ? [reply.key.buffer as ArrayBuffer] : []);
    });
  });
}
