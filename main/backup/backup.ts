// Makes a backup: a consistent snapshot of the encrypted database (never a plain
// copy of a live WAL database), packed with the key file, written atomically
// and then verified by opening it and comparing record counts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema';
import { isDamageError, openEncryptedDatabase, type SqliteDatabase } from '../db/open';
import { AppError } from '../errors';
import { countRecords, type RecordCounts } from '../services/inventory';
import type { Vault } from '../vault';
import { writeFileAtomically } from '../vault/atomic-file';
import { readKeyFile } from '../vault/key-file';
import { decodeBackup, encodeBackup } from './format';

export type BackupReport = { file: string; bytes: number; createdAt: string; integrity: string; counts: RecordCounts };

/**
 * A consistent snapshot without pausing the adviser: VACUUM INTO copies the
 * database as of one read transaction into a new file encrypted with the same
 * cipher and key (SQLite3 Multiple Ciphers keys the target like the source).
 */
function snapshotDatabase(sqlite: SqliteDatabase, dataKey: Buffer): { bytes: Buffer; tables: Record<string, number> } {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-snapshot-'));
  try {
    const file = join(folder, 'snapshot.db');
    sqlite.prepare('VACUUM INTO ?').run(file);
    const bytes = readFileSync(file);
    if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
      throw new AppError('INTERNAL', 'The backup copy came out unencrypted, so it was thrown away. Reinstall Waymark.');
    }
    // Counted in the snapshot itself: another process may write to the vault meanwhile.
    const snapshot = openEncryptedDatabase(file, dataKey);
    try {
      return { bytes, tables: tableRowCounts(snapshot) };
    } finally {
      snapshot.close();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What a backup is made from: an open, keyed database and its key file (also before migrations). */
export type BackupSource = { sqlite: SqliteDatabase; keyFile: string; dataKey: Buffer };

export function makeBackup(vault: Vault, outFile: string, now = new Date()): BackupReport {
  const { sqlite } = vault.database();
  const written = writeVerifiedBackup({ sqlite, keyFile: vault.files.keyFile, dataKey: vault.dataKey() }, outFile, now);
  if (!written.counts) throw new AppError('INTERNAL', 'The backup could not be counted. Try again.');
  return { ...written, counts: written.counts };
}

/**
 * Snapshot, write atomically, then read the file back: its integrity must be
 * ok and every table must hold as many rows as the snapshot. Works on any
 * schema version, so it also serves the backup taken before migrations.
 */
export function writeVerifiedBackup(source: BackupSource, outFile: string, now = new Date()): Omit<BackupReport, 'counts'> & { counts: RecordCounts | undefined } {
  const snapshot = snapshotDatabase(source.sqlite, source.dataKey);
  const bytes = encodeBackup(readKeyFile(source.keyFile), snapshot.bytes, now);
  try {
    writeFileAtomically(outFile, bytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new AppError('VALIDATION', code === 'ENOSPC' ? 'There is not enough space for the backup there. Nothing was changed; free some space or choose another place.' : 'The backup could not be written there. Check the folder exists and you can write to it.', { cause: error });
  }
  let verified: ReturnType<typeof verifyDatabaseBytes>;
  try {
    verified = verifyDatabaseBytes(decodeBackup(readFileSync(outFile)).database, source.dataKey);
    if (JSON.stringify(verified.tables) !== JSON.stringify(snapshot.tables)) {
      throw new AppError('VAULT_DAMAGED', 'The backup was written but does not match the vault when read back. Try again, or back up to another place.');
    }
  } catch (error) {
    // A backup that failed its check must not sit in the folder looking like a good one.
    rmSync(outFile, { force: true });
    throw error;
  }
  return { file: outFile, bytes: bytes.length, createdAt: now.toISOString(), integrity: verified.integrity, counts: verified.counts };
}

/** Rows in every ordinary table, by name: a check that needs no knowledge of the schema. */
export function tableRowCounts(sqlite: SqliteDatabase): Record<string, number> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (sqlite.prepare(`SELECT count(*) AS total FROM "${name.replaceAll('"', '""')}"`).get() as { total: number }).total;
  }
  return counts;
}

/** Opens the database inside a backup with its key and checks its integrity. */
export function verifyBackupFile(file: string, dataKey: Buffer): { integrity: string } {
  const contents = decodeBackup(readFileSync(file));
  return { integrity: verifyDatabaseBytes(contents.database, dataKey).integrity };
}

export function checkDatabaseBytes(database: Buffer, dataKey: Buffer): { integrity: string; counts: RecordCounts } {
  return withDatabaseCopy(database, dataKey, (sqlite) => ({ integrity: assertIntact(sqlite), counts: countRecords(drizzle({ client: sqlite, schema })) }));
}

function verifyDatabaseBytes(database: Buffer, dataKey: Buffer): { integrity: string; tables: Record<string, number>; counts: RecordCounts | undefined } {
  return withDatabaseCopy(database, dataKey, (sqlite) => ({ integrity: assertIntact(sqlite), tables: tableRowCounts(sqlite), counts: recordCountsIfCurrent(sqlite) }));
}

/** The main record counts, when the schema has all the tables counted (not before migrations). */
function recordCountsIfCurrent(sqlite: SqliteDatabase): RecordCounts | undefined {
  try {
    return countRecords(drizzle({ client: sqlite, schema }));
  } catch {
    return undefined;
  }
}

const damagedBackup = () => new AppError('VAULT_DAMAGED', 'The backup is damaged: it failed its integrity check. Use an older backup.');

function assertIntact(sqlite: SqliteDatabase): string {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
  if (integrity !== 'ok') throw damagedBackup();
  return integrity;
}

/** Opens a temporary copy of a backup's database with its key. */
function withDatabaseCopy<T>(database: Buffer, dataKey: Buffer, work: (sqlite: SqliteDatabase) => T): T {
  // The bytes are SQLCipher pages, encrypted already: a temporary copy holds nothing readable.
  const folder = mkdtempSync(join(tmpdir(), 'waymark-verify-'));
  const file = join(folder, 'check.db');
  try {
    writeFileSync(file, database, { mode: 0o600 });
    const sqlite = openEncryptedDatabase(file, dataKey);
    try {
      return work(sqlite);
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw isDamageError(error) ? damagedBackup() : error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
