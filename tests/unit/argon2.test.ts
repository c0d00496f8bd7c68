// The two builds of Argon2id must be one function: a vault made where the addon
// loads has to unlock where it does not (and the other way round).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { argon2AddonFile } from '../../main/tools/argon2-addon';
import { loadArgon2, type Argon2Input } from '../../main/vault/argon2';

const fromProject = createRequire(join(process.cwd(), 'package.json'));

/** The addon's own file, as build-electron copies it into dist/native/ for packaging. */
function thisSystemsAddonFile(): string {
  const file = argon2AddonFile(fromProject);
  if (!file) throw new Error('No @node-rs/argon2 platform package is installed.');
  return file;
}

const floor = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };
const inputs: Argon2Input[] = [
  { password: 'correct staple orbit lantern mosaic', salt: new Uint8Array(16).fill(7), ...floor },
  { password: 'Siân O’Neill’s passphrase, 2026', salt: Uint8Array.from({ length: 16 }, (_, i) => i * 13), ...floor },
  { password: 'مريم كلمة المرور الطويلة', salt: new Uint8Array(32).fill(255), ...floor },
  {
    password: "Robert'); DROP TABLE clients;--",
    salt: new Uint8Array(16),
    memoryKiB: 8 * 1024,
    iterations: 3,
    parallelism: 2,
  },
  // The calibration probe's shape: 64 MiB.
  { password: 'calibration', salt: new Uint8Array(16), memoryKiB: 64 * 1024, iterations: 2, parallelism: 1 },
];

describe('Argon2id, native and in WebAssembly', () => {
  const wasm = loadArgon2('/no/such/folder/argon2.node');
  const installed = loadArgon2(undefined);
  const shipped = loadArgon2(thisSystemsAddonFile());

  it('loads the addon from the installed package and from its own file, and falls back to WebAssembly', () => {
    expect(installed.build).toBe('native');
    expect(shipped.build).toBe('native');
    expect(wasm.build).toBe('wasm');
    // A file that loads but is not the addon (here a package manifest) is not used either.
    expect(loadArgon2(fromProject.resolve('@node-rs/argon2/package.json')).build).toBe('wasm');
  });

  it.each(inputs.map((input) => [input.password, input] as const))('derives the same key for %s', async (_, input) => {
    const [fromWasm, fromAddon, fromShipped] = await Promise.all([
      wasm.derive(input),
      installed.derive(input),
      shipped.derive(input),
    ]);
    expect(fromWasm).toHaveLength(32);
    expect(Buffer.from(fromAddon).toString('hex')).toBe(Buffer.from(fromWasm).toString('hex'));
    expect(Buffer.from(fromShipped).toString('hex')).toBe(Buffer.from(fromWasm).toString('hex'));
  });

  it('gives a different key for a different salt or pass count (the inputs are really used)', async () => {
    const [input] = inputs;
    if (!input) throw new Error('no input');
    const base = Buffer.from(await installed.derive(input)).toString('hex');
    const otherSalt = Buffer.from(await installed.derive({ ...input, salt: new Uint8Array(16).fill(8) })).toString(
      'hex',
    );
    const morePasses = Buffer.from(await installed.derive({ ...input, iterations: 3 })).toString('hex');
    expect(new Set([base, otherSalt, morePasses]).size).toBe(3);
  });
});
