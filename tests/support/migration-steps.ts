// Steps a real encrypted vault through the migrations one at a time, for the
// test of each migration. An older Waymark is stood in for by a copy of this
// build's migrations folder whose journal stops early: drizzle applies only
// the entries its journal lists, so the vault is left exactly as that version
// made it.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultMigrationsFolder, schemaVersion } from '../../main/db/migrations';
import type { SqliteDatabase } from '../../main/db/open';
import { createVault, type OpenVault, type Vault } from '../../main/vault';
import { strongPassphrase, testKdf } from './vault-fixture';

type Journal = { entries: { idx: number; when: number; tag: string }[] };

function readJournal(migrationsFolder: string): Journal {
  return JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
}

/** This build's migrations, in the order they run. */
export function migrationTags(): string[] {
  return readJournal(defaultMigrationsFolder()).entries.map((entry) => entry.tag);
}

/** A copy of this build's migrations that stops after the first `count`, as the Waymark of that time had them. */
function migrationsFolderOf(count: number, workspace: string): string {
  if (count === migrationTags().length) return defaultMigrationsFolder();
  const folder = join(workspace, `migrations-${count}`);
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journal = readJournal(folder);
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(journal, null, 2));
  return folder;
}

function positionOf(tag: string): number {
  const position = migrationTags().indexOf(tag);
  if (position < 0) throw new Error(`${tag} is not in the migrations journal`);
  return position;
}

/** Fails loudly when the vault is not at the version a step expects, so no test checks the wrong migration. */
function assertVersion(sqlite: SqliteDatabase, expected: number): void {
  const actual = schemaVersion(sqlite);
  if (actual !== expected) throw new Error(`expected ${expected} migrations applied, found ${actual}`);
}

export type MigrationStep = {
  /** The open database, in the shape the vault has right now. */
  sqlite(): SqliteDatabase;
  /** The open vault, for today's services once the vault has today's shape. */
  database(): OpenVault;
  /** Locks the vault and unlocks it with the Waymark that has one more migration, which it applies. */
  migrate(): Promise<SqliteDatabase>;
  lock(): void;
};

async function steppedVault(appliedCount: number, workspace: string): Promise<MigrationStep> {
  const directory = join(workspace, 'vault');
  let vault: Vault = createVault({
    directory,
    kdf: testKdf,
    migrationsFolder: migrationsFolderOf(appliedCount, workspace),
  });
  await vault.create(strongPassphrase, strongPassphrase);
  assertVersion(vault.database().sqlite, appliedCount);
  return {
    sqlite: () => vault.database().sqlite,
    database: () => vault.database(),
    async migrate() {
      vault.lock();
      // No beforeMigrations hook: a plain vault takes no backup, so only the migration touches the file.
      vault = createVault({
        directory,
        kdf: testKdf,
        migrationsFolder: migrationsFolderOf(appliedCount + 1, workspace),
      });
      await vault.unlock(strongPassphrase);
      assertVersion(vault.database().sqlite, appliedCount + 1);
      return vault.database().sqlite;
    },
    lock: () => vault.lock(),
  };
}

/** A new vault made by the Waymark whose last migration came just before `tag`; `migrate()` then applies `tag` alone. */
export function vaultJustBefore(tag: string, workspace: string): Promise<MigrationStep> {
  const position = positionOf(tag);
  // Before the first migration there are no tables at all, not even for the audit event a new vault records.
  if (position === 0) throw new Error(`${tag} is the first migration: use vaultThrough`);
  return steppedVault(position, workspace);
}

/** A new vault made by the Waymark whose last migration is `tag`. */
export function vaultThrough(tag: string, workspace: string): Promise<MigrationStep> {
  return steppedVault(positionOf(tag) + 1, workspace);
}

export type Row = Record<string, unknown>;

/** Every row of every ordinary table (not SQLite's, drizzle's or the search indexes' own), in insertion order. */
export function everyRow(sqlite: SqliteDatabase): Record<string, Row[]> {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name NOT LIKE 'search_index%' AND name NOT LIKE 'name_index%' ORDER BY name`,
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Row[]]),
  );
}

/** Every table, column, index and trigger by name ('index clients_name', 'column clients.surname'), SQLite's and drizzle's own left out. */
export function schemaNames(sqlite: SqliteDatabase): string[] {
  const objects = sqlite
    .prepare(
      `SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY type, name`,
    )
    .all() as { type: string; name: string }[];
  const columns = objects
    .filter((object) => object.type === 'table')
    .flatMap(({ name }) => columnsOf(sqlite, name).map((column) => `column ${name}.${column.name}`));
  return [...objects.map((object) => `${object.type} ${object.name}`), ...columns];
}

/** The table's columns as SQLite reports them: name, type, not-null and default. */
export function columnsOf(
  sqlite: SqliteDatabase,
  table: string,
): { name: string; type: string; notnull: number; dflt_value: string | null }[] {
  return sqlite.prepare(`SELECT name, type, "notnull", dflt_value FROM pragma_table_info(?)`).all(table) as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: string | null;
  }[];
}

export function tableNames(sqlite: SqliteDatabase): string[] {
  return (
    sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]
  ).map((row) => row.name);
}

/** How SQLite would run the query: one line per step of its plan. */
export function queryPlan(sqlite: SqliteDatabase, query: string): string[] {
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[]).map((step) => step.detail);
}

/** Plain SQL for a row in a table's shape at the time: the drizzle schema describes only today's shape. */
export function insertRow(sqlite: SqliteDatabase, table: string, row: Row): void {
  const columns = Object.keys(row);
  sqlite
    .prepare(
      `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
    )
    .run(row);
}
