// Factories for tests that need a real encrypted vault in a temporary folder.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWaymark, type WaymarkOptions } from '../../main/api/waymark';
import { createVault, kdfFloor, type VaultOptions } from '../../main/vault';

/** The OWASP floor: still real Argon2id, just not calibrated to half a second. */
export const testKdf = { name: 'argon2id', memoryKiB: kdfFloor.memoryKiB, iterations: kdfFloor.iterations, parallelism: 1 } as const;

export const strongPassphrase = 'correct staple orbit lantern mosaic';
export const otherStrongPassphrase = 'velvet harbour quietly juggles nine comets';

export function makeTempDirectory(prefix = 'waymark-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDirectory(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
}

export function makeVault(overrides: Partial<VaultOptions> = {}) {
  const directory = overrides.directory ?? join(makeTempDirectory(), 'vault');
  return createVault({ kdf: testKdf, ...overrides, directory });
}

export function makeWaymark(overrides: Partial<WaymarkOptions> = {}) {
  const directory = overrides.directory ?? join(makeTempDirectory(), 'vault');
  return { directory, waymark: createWaymark({ kdf: testKdf, ...overrides, directory }) };
}

/** Every regular file under a folder, recursively. */
export function listFiles(directory: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

/** A fingerprint of every file in a folder: name and SHA-256 of contents. */
export function hashFolder(directory: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of listFiles(directory)) {
    hashes[file.slice(directory.length)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return hashes;
}

/** Files under a folder containing the text in UTF-8 or UTF-16LE. */
export function filesContaining(directory: string, text: string, isWanted: (file: string) => boolean = () => true): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return listFiles(directory).filter((file) => {
    if (!isWanted(file)) return false;
    let contents: Buffer;
    try {
      if (statSync(file).size > 256 * 1024 * 1024) return false;
      contents = readFileSync(file);
    } catch {
      return false;
    }
    return needles.some((needle) => contents.includes(needle));
  });
}
