// The vault's files hold nothing readable: the cipher is real, the header is
// scrambled, and distinctive text never appears in the vault or temp folders.
import Database from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { cipherName } from '../../main/db/open';
import { settings } from '../../main/db/schema';
import { filesContaining, listFiles, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const created: string[] = [];
afterEach(() => created.splice(0).forEach((directory) => removeDirectory(directory)));

const plainSqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

async function unlockedVault() {
  const vault = makeVault();
  created.push(vault.files.directory);
  await vault.create(strongPassphrase, strongPassphrase);
  return vault;
}

describe('vault encryption', () => {
  it('runs on the SQLCipher build, not a plain SQLite one', async () => {
    const vault = await unlockedVault();
    // A plain SQLite build answers nothing to PRAGMA cipher and would encrypt nothing.
    expect(cipherName(vault.database().sqlite)).toBe('sqlcipher');
    expect(vault.database().sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(vault.database().sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(vault.database().sqlite.pragma('temp_store', { simple: true })).toBe(2);
    expect(vault.database().sqlite.pragma('secure_delete', { simple: true })).toBe(1);
    vault.lock();
  });

  it('writes a database file with no plain SQLite header that cannot be read without the key', async () => {
    const vault = await unlockedVault();
    vault.lock();
    const database = readFileSync(vault.files.database);
    expect(database.length).toBeGreaterThan(0);
    expect(database.subarray(0, 16).equals(plainSqliteHeader)).toBe(false);

    const keyless = new Database(vault.files.database, { readonly: true, fileMustExist: true });
    try {
      expect(() => keyless.prepare('SELECT * FROM sqlite_master').all()).toThrow(/not a database|encrypted/i);
    } finally {
      keyless.close();
    }
  });

  it('leaves no trace of written names in the vault or temp folders, even with the WAL un-checkpointed', async () => {
    const startedAt = Date.now();
    const vault = await unlockedVault();
    const canaries = [
      'Siân Ó Ceallaigh-Canary',
      'Łukasz Wiśniewski-Canary',
      'مريم كناري',
      "Robert'); DROP TABLE canary;--",
    ];
    const { db, sqlite } = vault.database();
    sqlite.pragma('wal_autocheckpoint=0');
    canaries.forEach((canary, index) =>
      db
        .insert(settings)
        .values({ key: `canary-${index}`, value: JSON.stringify(canary) })
        .run(),
    );

    const wal = `${vault.files.database}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(0);
    expect(listFiles(vault.files.directory)).toContain(wal);

    // Vitest keeps each test module it compiles as /tmp/<run>/ssr/<sha1>: this file's own
    // source, canaries included, written moments before the test starts. Not the app's.
    const isVitestsCompiledModule = (file: string) => /[\\/](ssr|web)[\\/][0-9a-f]{40}$/.test(file);
    const isRecent = (file: string) => {
      if (isVitestsCompiledModule(file)) return false;
      try {
        return statSync(file).mtimeMs >= startedAt - 1_000;
      } catch {
        return false;
      }
    };
    for (const canary of canaries) {
      expect(filesContaining(vault.files.directory, canary)).toEqual([]);
      expect(filesContaining(tmpdir(), canary, isRecent)).toEqual([]);
    }
    // The canaries really were written: they read back through the key.
    expect(
      db
        .select()
        .from(settings)
        .all()
        .map((row) => JSON.parse(row.value)),
    ).toEqual(expect.arrayContaining(canaries));
    vault.lock();
  });
});
