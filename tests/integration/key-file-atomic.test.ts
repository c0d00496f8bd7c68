// A process killed while rewriting the key file leaves the old or the new
// version, whole and parseable, never a torn mixture.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeyFile, type KeyFile } from '../../main/vault/key-file';
import { makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const kills = 25;
const directories: string[] = [];
afterAll(() => directories.forEach((directory) => removeDirectory(directory)));

function killWhileWriting(file: string, versions: [KeyFile, KeyFile], delayMs: number): Promise<void> {
  return new Promise((resolveKill, rejectKill) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join('tests', 'support', 'key-file-writer.ts'),
        file,
        JSON.stringify(versions[0]),
        JSON.stringify(versions[1]),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.on('error', rejectKill);
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', () => resolveKill());
  });
}

describe('key file writes', () => {
  it(`survive SIGKILL at ${kills} random moments: always one whole version`, async () => {
    const vault = makeVault();
    directories.push(vault.files.directory);
    await vault.create(strongPassphrase, strongPassphrase);
    vault.lock();
    const original = readKeyFile(vault.files.keyFile);
    // The second version differs in every wrapped byte, so a torn file cannot pass for either.
    const other: KeyFile = {
      ...original,
      createdAt: '2001-01-01T00:00:00.000Z',
      passphrase: original.recoveryCode,
      recoveryCode: original.passphrase,
    };
    const serialisedVersions = [JSON.stringify(original), JSON.stringify(other)];
    const seen = new Set<string>();

    for (let kill = 0; kill < kills; kill += 1) {
      await killWhileWriting(vault.files.keyFile, [original, other], Math.floor(Math.random() * 40));
      const survivor = JSON.stringify(readKeyFile(vault.files.keyFile));
      expect(serialisedVersions).toContain(survivor);
      seen.add(survivor);
    }
    // Stray temporary siblings may remain after a kill, but never a torn key file.
    const strays = readdirSync(vault.files.directory).filter((name) => name.endsWith('.tmp'));
    expect(strays.every((name) => name.startsWith('.waymark.key.'))).toBe(true);
    expect(seen.size).toBeGreaterThan(0);
  }, 120_000);
});
