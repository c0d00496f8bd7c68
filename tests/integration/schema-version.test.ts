// A vault last written by a newer Waymark is refused, untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/db/migrations';
import { hashFolder, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const created: string[] = [];
afterEach(() => created.splice(0).forEach((directory) => removeDirectory(directory)));

describe('schema versions', () => {
  it('applies the committed migrations to a new vault', async () => {
    const vault = makeVault();
    created.push(vault.files.directory);
    await vault.create(strongPassphrase, strongPassphrase);
    expect(schemaVersion(vault.database().sqlite)).toBeGreaterThanOrEqual(1);
    const tables = vault.database().sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
      name: string;
    }[];
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['settings', 'audit_events']));
    vault.lock();
  });

  it('refuses a database from a newer version with a clear message and changes nothing', async () => {
    const vault = makeVault();
    created.push(vault.files.directory);
    await vault.create(strongPassphrase, strongPassphrase);
    const future = Date.UTC(2099, 0, 1);
    vault
      .database()
      .sqlite.prepare(`INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES (?, ?)`)
      .run('from-a-future-version', future);
    vault.lock();
    const before = hashFolder(vault.files.directory);

    await expect(vault.unlock(strongPassphrase)).rejects.toMatchObject({
      code: 'SCHEMA_TOO_NEW',
      message: expect.stringMatching(/newer version of Waymark/),
    });

    expect(vault.state()).toBe('locked');
    expect(hashFolder(vault.files.directory)).toEqual(before);
  });
});
