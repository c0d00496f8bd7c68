// A migration that fails half-way leaves the vault exactly as it was: same
// schema, same rows, same user_version, same record of applied migrations,
// and the adviser gets a clear MIGRATION_FAILED answer instead of a half-
// upgraded database.
//
// The test copies the real migrations folder and appends two migrations: a
// good one (a new table and column, data rewritten) and a bad one whose first
// statement changes data and whose second statement fails. Both are pending
// at once, as after an update that skipped a version.
//
// How this can fail: if the pending migrations were not applied inside one
// transaction (or a failure did not roll it back), the rewritten surnames, the
// new table and column, or a row in __drizzle_migrations would survive and the
// snapshots would differ; if the raw SQLite error escaped, the code would not
// be MIGRATION_FAILED.
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsFolder } from '../../main/db/migrations';
import * as schema from '../../main/db/schema';
import { isAppError } from '../../main/errors';
import { saveNotes, startInterview } from '../../main/services/interviews';
import { createVault, type Vault } from '../../main/vault';
import {
  makeTempDirectory,
  makeVaultWithRoll,
  removeDirectory,
  strongPassphrase,
  testKdf,
} from '../support/vault-fixture';
import type { SqliteDatabase } from '../../main/db/open';
import { contextAt } from '../../main/services/context';

const now = new Date('2026-11-23T10:00:00Z');
let vault: Vault;
let brokenFolder: string;

type Journal = { entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] };

/** The real migrations plus a good one and one that fails on its second statement. */
function migrationsFolderWithAFailure(): string {
  const folder = join(makeTempDirectory('waymark-migrations-'), 'migrations');
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  const last = journal.entries.at(-1);
  if (!last) throw new Error('the migrations folder has no journal entries');
  const good = {
    idx: last.idx + 1,
    version: last.version,
    when: last.when + 1_000,
    tag: '9990_a_good_change',
    breakpoints: true,
  };
  const bad = {
    idx: last.idx + 2,
    version: last.version,
    when: last.when + 2_000,
    tag: '9991_fails_half_way',
    breakpoints: true,
  };
  writeFileSync(
    join(folder, `${good.tag}.sql`),
    [
      'CREATE TABLE `careers_fairs` (`id` text PRIMARY KEY NOT NULL, `held_on` text NOT NULL);',
      "INSERT INTO `careers_fairs` VALUES ('fair-1', '2026-12-01');",
      'ALTER TABLE `clients` ADD `nickname` text;',
    ].join('\n--> statement-breakpoint\n'),
  );
  writeFileSync(
    join(folder, `${bad.tag}.sql`),
    [
      "UPDATE `clients` SET `surname` = 'Half-migrated', `nickname` = 'x';",
      'INSERT INTO `no_such_table` (`id`) VALUES (1);',
      'DROP TABLE `interview_notes`;',
    ].join('\n--> statement-breakpoint\n'),
  );
  journal.entries.push(good, bad);
  writeFileSync(journalFile, JSON.stringify(journal, null, 2));
  return folder;
}

/** Schema, user_version, and every table's row count and content hash. */
function snapshot(sqlite: SqliteDatabase) {
  const master = sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const tables: Record<string, { rows: number; hash: string }> = {};
  for (const { name } of master.filter((entry) => entry.type === 'table' && !entry.name.startsWith('sqlite_'))) {
    const rows = (sqlite.prepare(`SELECT * FROM "${name}"`).all() as unknown[])
      .map((row) => JSON.stringify(row))
      .sort();
    tables[name] = { rows: rows.length, hash: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return {
    master,
    tables,
    userVersion: sqlite.pragma('user_version', { simple: true }),
    integrity: sqlite.pragma('integrity_check', { simple: true }),
  };
}

beforeEach(async () => {
  const made = await makeVaultWithRoll(
    'Surname,Forename,DOB,Year\nNowak,Zofia,04/05/2009,11\nOkafor,Chidi,12/01/2009,11\n',
    now,
  );
  vault = made.vault;
  const interview = startInterview(
    made.open,
    { clientId: made.clientIdOf('Nowak'), templateId: 'grow', heldOn: '2026-11-23' },
    contextAt(now),
  );
  saveNotes(made.open, interview.id, 0, 'Wants to train as a paramedic.', now);
  brokenFolder = migrationsFolderWithAFailure();
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
  removeDirectory(join(brokenFolder, '..'));
});

describe('a migration that fails half-way', () => {
  it('rolls back every pending migration on the open connection and says so clearly', () => {
    const { sqlite } = vault.database();
    const before = snapshot(sqlite);
    expect(before.tables.clients?.rows).toBe(2);
    expect(before.integrity).toBe('ok');

    let caught: unknown;
    try {
      applyMigrations(sqlite, drizzle({ client: sqlite, schema }), brokenFolder);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'MIGRATION_FAILED', message: expect.stringMatching(/changed nothing/) });
    // It really got as far as the failing statement: the good migration and the UPDATE ran first.
    expect(((caught as Error).cause as Error).cause).toMatchObject({
      message: expect.stringMatching(/no such table: no_such_table/),
    });
    expect(sqlite.inTransaction).toBe(false);
    expect(snapshot(sqlite)).toEqual(before);

    // And on disk, read back through a fresh connection of today's build.
    vault.lock();
    return vault.unlock(strongPassphrase).then(() => {
      expect(snapshot(vault.database().sqlite)).toEqual(before);
    });
  });

  it('refuses to unlock with the broken build, and the current build still opens the untouched vault', async () => {
    const before = snapshot(vault.database().sqlite);
    vault.lock();

    const newerBuild = createVault({ directory: vault.files.directory, kdf: testKdf, migrationsFolder: brokenFolder });
    await expect(newerBuild.unlock(strongPassphrase)).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    expect(newerBuild.state()).toBe('locked');

    await vault.unlock(strongPassphrase);
    const after = snapshot(vault.database().sqlite);
    expect(after).toEqual(before);
    expect(after.master.some((entry) => entry.name === 'careers_fairs')).toBe(false);
    expect(after.master.find((entry) => entry.name === 'clients')?.sql).not.toMatch(/nickname/);
  });
});
