// Argon2id stretches the passphrase into a wrapping key. Parameters are
// calibrated to about half a second on this computer, never below the OWASP
// floor, and stored beside the wrapped key so any later machine can repeat them.
import { argon2id } from 'hash-wasm';
import { AppError } from '../errors';

export type KdfParameters = {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
};

/** OWASP's minimum for Argon2id: 19 MiB of memory and two passes. */
export const kdfFloor = { memoryKiB: 19 * 1024, iterations: 2 } as const;

/** Memory we start from when calibrating: hard on GPUs, light on a laptop. */
const calibrationMemoryKiB = 64 * 1024;
const targetMilliseconds = 500;
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
    parameters.memoryKiB > ceiling.memoryKiB || parameters.iterations > ceiling.iterations || parameters.parallelism > ceiling.parallelism || parameters.parallelism < 1;
  if (isAboveCeiling) {
    throw new AppError('VAULT_DAMAGED', 'The vault key file has key derivation settings Waymark does not recognise. Restore the key file from a backup.');
  }
}

export async function deriveWrappingKey(secret: string, salt: Uint8Array, parameters: KdfParameters): Promise<Buffer> {
  assertKdfParametersAcceptable(parameters);
  const derived = await argon2id({
    password: secret.normalize('NFC'),
    salt,
    parallelism: parameters.parallelism,
    iterations: parameters.iterations,
    memorySize: parameters.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return Buffer.from(derived);
}

/** Time one derivation at the floor's pass count, then scale passes towards the target. */
export async function calibrateKdf(now: () => number = () => performance.now()): Promise<KdfParameters> {
  const probe: KdfParameters = { name: 'argon2id', memoryKiB: calibrationMemoryKiB, iterations: kdfFloor.iterations, parallelism: 1 };
  const started = now();
  await deriveWrappingKey('calibration', new Uint8Array(16), probe);
  const elapsed = Math.max(1, now() - started);
  const iterations = Math.round((probe.iterations * targetMilliseconds) / elapsed);
  return { ...probe, iterations: Math.min(ceiling.iterations, Math.max(kdfFloor.iterations, iterations)) };
}
