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
function snapshotDatabase(sqlite: SqliteDatabase): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-snapshot-'));
  try {
    const file = join(folder, 'snapshot.db');
    sqlite.prepare('VACUUM INTO ?').run(file);
    const bytes = readFileSync(file);
    if (bytes.subarray(0, 16).toString('latin1') === 'SQLite format 3\0') {
      throw new AppError('INTERNAL', 'The backup copy came out unencrypted, so it was thrown away. Reinstall Waymark.');
    }
    return bytes;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function makeBackup(vault: Vault, outFile: string, now = new Date()): BackupReport {
  const { sqlite, db } = vault.database();
  const expected = countRecords(db);
  const database = snapshotDatabase(sqlite);
  const bytes = encodeBackup(readKeyFile(vault.files.keyFile), database, now);
  try {
    writeFileAtomically(outFile, bytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new AppError('VALIDATION', code === 'ENOSPC' ? 'There is not enough space for the backup there. Nothing was changed; free some space or choose another place.' : 'The backup could not be written there. Check the folder exists and you can write to it.', { cause: error });
  }
  const verified = verifyBackupFile(outFile, vault.dataKey());
  if (JSON.stringify(verified.counts) !== JSON.stringify(expected)) {
    throw new AppError('VAULT_DAMAGED', 'The backup was written but does not match the vault when read back. Try again, or back up to another place.');
  }
  return { file: outFile, bytes: bytes.length, createdAt: now.toISOString(), ...verified };
}

/** Opens the database inside a backup with its key, checks integrity and counts its records. */
export function verifyBackupFile(file: string, dataKey: Buffer): { integrity: string; counts: RecordCounts } {
  const contents = decodeBackup(readFileSync(file));
  return checkDatabaseBytes(contents.database, dataKey);
}

export function checkDatabaseBytes(database: Buffer, dataKey: Buffer): { integrity: string; counts: RecordCounts } {
  const damaged = new AppError('VAULT_DAMAGED', 'The backup is damaged: it failed its integrity check. Use an older backup.');
  // The bytes are SQLCipher pages, encrypted already: a temporary copy holds nothing readable.
  const folder = mkdtempSync(join(tmpdir(), 'waymark-verify-'));
  const file = join(folder, 'check.db');
  try {
    writeFileSync(file, database, { mode: 0o600 });
    const sqlite = openEncryptedDatabase(file, dataKey);
    try {
      const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ');
      if (integrity !== 'ok') throw damaged;
      return { integrity, counts: countRecords(drizzle({ client: sqlite, schema })) };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw isDamageError(error) ? damaged : error;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
