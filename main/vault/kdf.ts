// Argon2id stretches the passphrase into a wrapping key. Parameters are
// calibrated to about half a second on this computer, never below the OWASP
// floor, and stored beside the wrapped key so any later machine can repeat them.
// The work runs in a worker thread (kdf-worker.ts), so unlocking never freezes
// the app's main thread (in Electron, the window).
import type { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import { createLogger } from '../log';
import { startWorker } from '../workers/start-worker';
import type { KdfReply, KdfRequest, KdfWorkerData } from './kdf-worker';

export type KdfParameters = {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
};

/** OWASP's minimum for Argon2id: 19 MiB of memory and two passes. */
export const kdfFloor = { memoryKiB: 19 * 1024, iterations: 2 } as const;

/**
 * For tests only (the harness's --fast-kdf, WAYMARK_FAST_KDF=1 for the command line, the
 * test vaults): still real Argon2id at OWASP's floor, fixed rather than calibrated to half
 * a second, so a suite of hundreds of unlocks does not spend minutes stretching passphrases.
 */
export const fastestSafeKdf: KdfParameters = { name: 'argon2id', ...kdfFloor, parallelism: 1 };

/** Memory we start from when calibrating: hard on GPUs, light on a laptop. */
const calibrationMemoryKiB = 64 * 1024;
/** What calibration aims a derivation at on this computer. */
export const kdfTargetMs = 500;
const maximumProbes = 5;
/** Refuse absurd stored parameters (a tampered file could otherwise hang the app). */
const ceiling = { memoryKiB: 4 * 1024 * 1024, iterations: 64, parallelism: 16 } as const;

export function assertKdfParametersAcceptable(parameters: KdfParameters): void {
  const isBelowFloor = parameters.memoryKiB < kdfFloor.memoryKiB || parameters.iterations < kdfFloor.iterations;
  if (parameters.name !== 'argon2id' || isBelowFloor) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault key file asks for a weaker key derivation than Waymark allows, so it will not be used. Restore the key file from a backup.',
    );
  }
  const isAboveCeiling =
    parameters.memoryKiB > ceiling.memoryKiB ||
    parameters.iterations > ceiling.iterations ||
    parameters.parallelism > ceiling.parallelism ||
    parameters.parallelism < 1;
  if (isAboveCeiling) {
    throw new AppError(
      'VAULT_DAMAGED',
      'The vault key file has key derivation settings Waymark does not recognise. Restore the key file from a backup.',
    );
  }
}

/**
 * Whether stored parameters ask for less than half the work of the wanted ones (memory
 * times passes). Half, so that small differences between calibrations never rewrite a
 * key file; and only ever upwards, so a vault moved to a slower computer keeps its own.
 */
export function isMuchWeaker(stored: KdfParameters, wanted: KdfParameters): boolean {
  return stored.memoryKiB * stored.iterations * 2 <= wanted.memoryKiB * wanted.iterations;
}

export async function deriveWrappingKey(secret: string, salt: Uint8Array, parameters: KdfParameters): Promise<Buffer> {
  assertKdfParametersAcceptable(parameters);
  return (await deriveInThread(secret, salt, parameters)).key;
}

/**
 * Time a derivation at the floor's pass count, then scale passes towards the target.
 * The first two derivations in a new thread can be two or three times slower than
 * the rest (measured here with the native addon: 73 to 150 ms, then 40 to 45 ms):
 * one probe alone made a new vault's key take 210 ms where 500 were meant. So there
 * are three probes at least, more until two agree (five at most), and the fastest
 * is this computer's own speed.
 */
export async function calibrateKdf(): Promise<KdfParameters> {
  const probe: KdfParameters = {
    name: 'argon2id',
    memoryKiB: calibrationMemoryKiB,
    iterations: kdfFloor.iterations,
    parallelism: 1,
  };
  let elapsedMs = Number.POSITIVE_INFINITY;
  for (let run = 1; run <= maximumProbes; run += 1) {
    const timed = await deriveInThread('calibration', new Uint8Array(16), probe);
    timed.key.fill(0);
    const isSteady = timed.elapsedMs <= elapsedMs * 1.15 && timed.elapsedMs >= elapsedMs / 1.15;
    elapsedMs = Math.min(elapsedMs, timed.elapsedMs);
    if (run >= 3 && isSteady) break;
  }
  const iterations = Math.round((probe.iterations * kdfTargetMs) / Math.max(1, elapsedMs));
  return { ...probe, iterations: Math.min(ceiling.iterations, Math.max(kdfFloor.iterations, iterations)) };
}

/**
 * The packaged app's Argon2id addon (resources/native/argon2.node; see main/electron/paths.ts),
 * for threads started from now on. Without one the thread uses the installed package, or
 * WebAssembly where there is none (main/vault/argon2.ts).
 */
export function useArgon2Addon(file: string | undefined): void {
  argon2Addon = file;
}

/**
 * Starts the key-derivation thread before a passphrase arrives, while the unlock or create
 * screen is showing, so the adviser's Enter does not also wait for the thread to start and
 * load Argon2id (about 90 ms). The thread holds no Argon2id memory until it derives, keeps no
 * process alive, and once it has derived is stopped when idle like any other.
 */
export function startKdfThreadAhead(): void {
  if (thread) return;
  kdfThread().worker.unref();
}

// ---- the thread ----------------------------------------------------------------

type Pending = { resolve: (result: { key: Buffer; elapsedMs: number }) => void; reject: (error: Error) => void };
type KdfThread = { worker: Worker; pending: Map<number, Pending> };

/**
 * An idle thread is stopped after this long, giving back Argon2id's memory (64 MiB or more).
 * Long enough to keep one thread through creating a vault (calibration and two wraps follow
 * each other), short enough that the memory is gone before the adviser's first screen
 * (15 s kept it through the first exports, adding its 64 MiB to the app's peak).
 */
const idleThreadMs = 1_000;
let thread: KdfThread | undefined;
let argon2Addon: string | undefined;
/** Which Argon2id this process uses goes in the log once: a packaged app that lost its addon is slower, not broken. */
let hasLoggedBuild = false;
const log = createLogger('vault');
let idleTimer: NodeJS.Timeout | undefined;
let nextRequestId = 1;

function deriveInThread(
  secret: string,
  salt: Uint8Array,
  parameters: KdfParameters,
): Promise<{ key: Buffer; elapsedMs: number }> {
  const current = kdfThread();
  const id = nextRequestId++;
  const request: KdfRequest = {
    id,
    secret,
    salt,
    parameters: {
      memoryKiB: parameters.memoryKiB,
      iterations: parameters.iterations,
      parallelism: parameters.parallelism,
    },
  };
  return new Promise((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    keepAliveWhileBusy(current);
    current.worker.postMessage(request);
  });
}

/** One thread, started on first use and kept while derivations follow each other. */
function kdfThread(): KdfThread {
  if (thread) return thread;
  const worker = startWorker(new URL('./kdf-worker.ts', import.meta.url), 'kdf-worker.cjs', {
    argon2Addon,
  } satisfies KdfWorkerData);
  const current: KdfThread = { worker, pending: new Map() };
  worker.on('message', (reply: KdfReply) => {
    const waiting = current.pending.get(reply.id);
    current.pending.delete(reply.id);
    keepAliveWhileBusy(current);
    if (reply.ok && !hasLoggedBuild) {
      hasLoggedBuild = true;
      log.info(`key derivation: Argon2id ${reply.build === 'native' ? 'native addon' : 'in WebAssembly'}`);
    }
    if (!waiting) return;
    if (reply.ok)
      waiting.resolve({
        key: Buffer.from(reply.key.buffer, reply.key.byteOffset, reply.key.byteLength),
        elapsedMs: reply.elapsedMs,
      });
    else waiting.reject(new Error('The key derivation failed.'));
  });
  const stopped = (reason: string) => {
    if (thread === current) thread = undefined;
    for (const waiting of current.pending.values()) waiting.reject(new Error(reason));
    current.pending.clear();
  };
  worker.on('error', () => stopped('The key derivation thread failed.'));
  worker.on('exit', () => stopped('The key derivation thread stopped.'));
  thread = current;
  return current;
}

/**
 * A busy thread keeps the process alive (a CLI awaiting an unlock must not exit);
 * an idle one does not, and is stopped after a while.
 */
function keepAliveWhileBusy(current: KdfThread): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  if (current.pending.size > 0) {
    current.worker.ref();
    return;
  }
  current.worker.unref();
  idleTimer = setTimeout(() => {
    if (thread !== current || current.pending.size > 0) return;
    thread = undefined;
    void current.worker.terminate();
  }, idleThreadMs);
  idleTimer.unref();
}
