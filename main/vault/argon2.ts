// Argon2id itself, for the key-derivation thread (kdf-worker.ts). Two builds of the
// same function (RFC 9106): @node-rs/argon2's native addon, about two and a half
// times quicker, and hash-wasm's WebAssembly, which loads everywhere. Both give the
// same bytes for the same input (tests/unit/argon2.test.ts), so a vault made with
// one unlocks with the other; the addon's speed only lets calibration choose more
// passes for the same half second, and every test vault derive its keys sooner.
import { argon2id as argon2idInWasm } from 'hash-wasm';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export type Argon2Input = {
  password: string;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
};

export type Argon2 = { build: 'native' | 'wasm'; derive: (input: Argon2Input) => Promise<Uint8Array> };

/** The part of @node-rs/argon2 used here (its Algorithm is a const enum: Argon2id is 2). */
type NativeArgon2 = {
  hashRaw: (
    password: string,
    options: {
      algorithm: 2;
      salt: Uint8Array;
      memoryCost: number;
      timeCost: number;
      parallelism: number;
      outputLen: number;
    },
  ) => Promise<Buffer>;
};

const keyLength = 32;

/**
 * addonFile: the addon's own .node file, as the packaged app ships it (no node_modules
 * there). Without it, the package as installed (tests, the CLI, a development build),
 * then a copy beside this module's bundle (the harness and bench builds, main/bench/bundle.ts).
 * Whatever cannot be loaded (another system's file, a missing one) leaves WebAssembly.
 */
export function loadArgon2(addonFile: string | undefined): Argon2 {
  const candidates = addonFile
    ? [addonFile]
    : ['@node-rs/argon2', fileURLToPath(new URL('./argon2.node', import.meta.url))];
  for (const candidate of candidates) {
    const native = loadNative(candidate);
    if (native) return { build: 'native', derive: (input) => deriveNatively(native, input) };
  }
  return { build: 'wasm', derive: deriveInWasm };
}

function loadNative(candidate: string): NativeArgon2 | undefined {
  try {
    // Through createRequire, so esbuild leaves it to run time rather than bundling the addon's loader.
    const loaded: unknown = createRequire(import.meta.url)(candidate);
    const isUsable =
      typeof loaded === 'object' && loaded !== null && 'hashRaw' in loaded && typeof loaded.hashRaw === 'function';
    return isUsable ? (loaded as NativeArgon2) : undefined;
  } catch {
    return undefined;
  }
}

async function deriveNatively(native: NativeArgon2, input: Argon2Input): Promise<Uint8Array> {
  const derived = await native.hashRaw(input.password, {
    algorithm: 2,
    salt: input.salt,
    memoryCost: input.memoryKiB,
    timeCost: input.iterations,
    parallelism: input.parallelism,
    outputLen: keyLength,
  });
  return new Uint8Array(derived.buffer, derived.byteOffset, derived.byteLength);
}

function deriveInWasm(input: Argon2Input): Promise<Uint8Array> {
  return argon2idInWasm({
    password: input.password,
    salt: input.salt,
    parallelism: input.parallelism,
    iterations: input.iterations,
    memorySize: input.memoryKiB,
    hashLength: keyLength,
    outputType: 'binary',
  });
}
