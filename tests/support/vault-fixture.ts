// Factories for tests that need a real encrypted vault in a temporary folder.
import { createHash } from 'node:crypto';
import { createDecipheriv } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createWaymark, type WaymarkOptions } from '../../main/api/waymark';
import { importRoll } from '../../main/services/roll-import';
import { createVault, fastestSafeKdf, type OpenVault, type Vault, type VaultOptions } from '../../main/vault';
import { contextAt } from '../../main/services/context';
import { makeTempDirectory, removeDirectory } from './temp-directories';

export { makeTempDirectory, removeDirectory } from './temp-directories';

/** The OWASP floor: still real Argon2id, just not calibrated to half a second. */
export const testKdf = fastestSafeKdf;

export const strongPassphrase = 'correct staple orbit lantern mosaic';
export const otherStrongPassphrase = 'velvet harbour quietly juggles nine comets';

export function makeVault(overrides: Partial<VaultOptions> = {}) {
  const directory = overrides.directory ?? join(makeTempDirectory(), 'vault');
  return createVault({ kdf: testKdf, ...overrides, directory });
}

/** A new vault, created and unlocked, for a test that starts from nothing. */
export async function makeUnlockedVault(): Promise<{ vault: Vault; open: OpenVault }> {
  const vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  return { vault, open: vault.database() };
}

/** Locks a test's vault and removes its folder. */
export function discardVault(vault: Vault): void {
  vault.lock();
  removeDirectory(vault.files.directory);
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
    if (entry.isDirectory()) found.push(...listFilesIfThere(path));
    else if (entry.isFile()) found.push(path);
  }
  return found.sort();
}

/**
 * A folder inside the one being listed may go while it is read: scanning the
 * system's temp folder meets other tests' folders, removed as they finish.
 */
function listFilesIfThere(directory: string): string[] {
  try {
    return listFiles(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
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
export function filesContaining(
  directory: string,
  text: string,
  isWanted: (file: string) => boolean = () => true,
): string[] {
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

/**
 * Decrypts the vault's raw pages (SQLCipher 4: AES-256-CBC, 4096-byte pages,
 * 80 reserved bytes ending each page, the page's IV first among them), freed
 * pages and the WAL's frames included, and says whether the text appears in
 * any of them. Encryption alone hides deleted data from a plain grep; this
 * shows whether it is really gone.
 */
export function decryptedVaultContains(databaseFile: string, dataKey: Buffer, text: string): boolean {
  const pageSize = 4096;
  const reserve = 80;
  const decryptPage = (page: Buffer, isFirst: boolean): Buffer => {
    const start = isFirst ? 16 : 0;
    const iv = page.subarray(pageSize - reserve, pageSize - reserve + 16);
    const decipher = createDecipheriv('aes-256-cbc', dataKey, iv).setAutoPadding(false);
    return Buffer.concat([decipher.update(page.subarray(start, pageSize - reserve)), decipher.final()]);
  };
  const pages: Buffer[] = [];
  const database = readFileSync(databaseFile);
  for (let offset = 0; offset + pageSize <= database.length; offset += pageSize)
    pages.push(decryptPage(database.subarray(offset, offset + pageSize), offset === 0));
  const wal = existsSync(`${databaseFile}-wal`) ? readFileSync(`${databaseFile}-wal`) : Buffer.alloc(0);
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    pages.push(decryptPage(wal.subarray(offset + 24, offset + 24 + pageSize), wal.readUInt32BE(offset) === 1));
  }
  const plain = Buffer.concat(pages);
  return plain.includes(Buffer.from(text, 'utf8')) || plain.includes(Buffer.from(text, 'utf16le'));
}

/** An unlocked vault holding one school's roll, for tests about what happens to its pupils. */
export async function makeVaultWithRoll(roll: string, now: Date) {
  const vault = makeVault();
  await vault.create(strongPassphrase, strongPassphrase);
  const open = vault.database();
  importRoll(open, { organisationName: 'Northfield Academy', csv: roll, isDryRun: false }, contextAt(now));
  const clientIdOf = (surname: string) =>
    (open.sqlite.prepare('SELECT id FROM clients WHERE surname = ?').get(surname) as { id: string }).id;
  return { vault, open, clientIdOf };
}
