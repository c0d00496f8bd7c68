// Applies drizzle-kit's generated migrations on the keyed connection, inside a
// transaction, and refuses a database written by a newer Waymark.
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../errors';
import type { SqliteDatabase } from './open';

const migrationsTable = '__drizzle_migrations';

/** Beside this file in source; copied next to the bundle when built for Electron. */
export function defaultMigrationsFolder(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  const besideSource = join(here, 'migrations');
  return existsSync(besideSource) ? besideSource : join(here, 'db', 'migrations');
}

type Applied = { hash: string; created_at: number };

function appliedMigrations(sqlite: SqliteDatabase): Applied[] {
  const table = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`).get(migrationsTable);
  if (!table) return [];
  return sqlite.prepare(`SELECT hash, created_at FROM "${migrationsTable}" ORDER BY created_at`).all() as Applied[];
}

export function schemaVersion(sqlite: SqliteDatabase): number {
  return appliedMigrations(sqlite).length;
}

/** Throws SCHEMA_TOO_NEW when the database has migrations this build has never heard of. */
export function assertSchemaNotNewer(sqlite: SqliteDatabase, migrationsFolder: string): void {
  const known = readMigrationFiles({ migrationsFolder });
  const knownHashes = new Set(known.map((migration) => migration.hash));
  const latestKnown = Math.max(0, ...known.map((migration) => migration.folderMillis));
  const isNewer = appliedMigrations(sqlite).some(
    (applied) => !knownHashes.has(applied.hash) || Number(applied.created_at) > latestKnown,
  );
  if (isNewer) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      'This vault was last opened by a newer version of Waymark. Update Waymark to open it; nothing has been changed.',
    );
  }
}

/** Whether this build has migrations the database has not had yet (drizzle applies those newer than the last one run). */
export function hasPendingMigrations(sqlite: SqliteDatabase, migrationsFolder: string): boolean {
  const lastApplied = Math.max(0, ...appliedMigrations(sqlite).map((applied) => Number(applied.created_at)));
  return readMigrationFiles({ migrationsFolder }).some((migration) => migration.folderMillis > lastApplied);
}

export function applyMigrations(
  sqlite: SqliteDatabase,
  db: BetterSQLite3Database<Record<string, unknown>>,
  migrationsFolder: string,
): void {
  assertSchemaNotNewer(sqlite, migrationsFolder);
  // drizzle runs every pending migration inside one transaction and rolls back on failure.
  try {
    migrate(db, { migrationsFolder });
  } catch (error) {
    // SQLite may already have rolled back (a full disk does); never leave a transaction open.
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw new AppError(
      'MIGRATION_FAILED',
      'Waymark could not update the vault to work with this version, so it changed nothing: your records are exactly as they were. Restart Waymark to try again; if it keeps happening, contact support before doing anything else.',
      { cause: error },
    );
  }
}
