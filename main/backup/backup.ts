// Makes a backup: a consistent snapshot of the encrypted database (never a plain
// copy of a live WAL database), packed with the key file, written atomically
// and then verified by opening it and comparing record counts. These are the
// synchronous steps; in-worker.ts runs them off the main thread.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from '../db/schema';
import { isDamageError, openEncryptedDatabase, type SqliteDatabase } from '../db/open';
import { AppError } from '../errors';
import { countRecords, type RecordCounts } from '../services/inventory';
import type { Vault } from '../vault';
import { readKeyFile } from '../vault/key-file';
import { checkPageSeals } from '../vault/page-seals';
import { decodeBackup, decodeBackupHeader, encodeBackupHeader, incomplete, maxHeaderBytes } from './format';
import { backupNativeBinding } from './runtime';

export type BackupReport = { file: string; bytes: number; createdAt: string; integrity: string; counts: RecordCounts };
/** As written: the record counts are missing when the schema is older than this build's (before migrations). */
export type WrittenBackup = Omit<BackupReport, 'counts'> & { counts: RecordCounts | undefined };

/**
 * Where one backup is made. The work folder holds the snapshot and the copy
 * being checked (encrypted pages only); the staging file sits beside the
 * backup, under a name no listing or pruning ever takes for a backup, and is
 * renamed to the backup's name only once it has been verified.
 */
export type BackupPlaces = { outFile: string; stagingFile: string; workFolder: string };

const stagingPattern = /^\.{1,2}waymark-[\w-]+\.wmbackup\.[0-9a-f]{12}\.writing(\.[0-9a-f]{12}\.tmp)?$/;

/** A staging file left by a backup cut short (a crash, a power cut): safe to delete when no backup runs. */
export function isLeftoverStagingFile(name: string): boolean {
  return stagingPattern.test(name);
}

export function prepareBackupPlaces(outFile: string): BackupPlaces {
  return {
    outFile,
    stagingFile: join(dirname(outFile), `.${basename(outFile)}.${randomBytes(6).toString('hex')}.writing`),
    workFolder: mkdtempSync(join(tmpdir(), 'waymark-backup-')),
  };
}

/** Removes what a backup leaves behind when it stops part-way; the finished backup itself stays. */
export function cleanUpBackupPlaces(places: BackupPlaces): void {
  rmSync(places.stagingFile, { force: true });
  rmSync(places.workFolder, { recursive: true, force: true });
}

/**
 * A consistent snapshot without pausing the adviser: VACUUM INTO copies the
 * database as of one read transaction into a new file encrypted with the same
 * cipher and key (SQLite3 Multiple Ciphers keys the target like the source).
 * The file stays in the work folder, which the caller removes.
 */
function snapshotDatabase(sqlite: SqliteDatabase, workFolder: string): string {
  const file = join(workFolder, 'snapshot.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  sqlite.prepare('VACUUM INTO ?').run(file);
  const start = Buffer.alloc(16);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, start, 0, start.length, 0);
  } finally {
    closeSync(descriptor);
  }
  if (start.toString('latin1') === 'SQLite format 3\0') {
    throw new AppError('INTERNAL', 'The backup copy came out unencrypted, so it was thrown away. Reinstall Waymark.');
  }
  return file;
}

const chunkBytes = 4 * 1024 * 1024;

/** Copies a file's bytes to a descriptor in chunks, returning their SHA-256: a backup never holds the whole database in memory. */
function appendFile(target: number, sourceFile: string): string {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(chunkBytes);
  const source = openSync(sourceFile, 'r');
  try {
    for (
      let read = readSync(source, chunk, 0, chunk.length, null);
      read > 0;
      read = readSync(source, chunk, 0, chunk.length, null)
    ) {
      hash.update(chunk.subarray(0, read));
      for (let written = 0; written < read;) written += writeSync(target, chunk, written, read - written);
    }
  } finally {
    closeSync(source);
  }
  return hash.digest('hex');
}

/** The header and the database's SHA-256, read back from the written file in chunks. */
function readBackBackup(file: string): { databaseBytes: number; databaseHash: string } {
  const descriptor = openSync(file, 'r');
  try {
    const start = Buffer.alloc(Math.min(maxHeaderBytes, fstatSync(descriptor).size));
    readSync(descriptor, start, 0, start.length, 0);
    const header = decodeBackupHeader(start);
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(chunkBytes);
    let position = header.databaseStart;
    let total = 0;
    for (
      let read = readSync(descriptor, chunk, 0, chunk.length, position);
      read > 0;
      read = readSync(descriptor, chunk, 0, chunk.length, position)
    ) {
      hash.update(chunk.subarray(0, read));
      position += read;
      total += read;
    }
    if (total !== header.databaseBytes) throw incomplete();
    return { databaseBytes: total, databaseHash: hash.digest('hex') };
  } finally {
    closeSync(descriptor);
  }
}

/** What a backup is made from: an open, keyed database and its key file (also before migrations). */
export type BackupSource = { sqlite: SqliteDatabase; keyFile: string; dataKey: Buffer };

/** On the main thread: at quit (see backupOnQuit) and in tests. 'Back up now', the schedule and the CLI use makeBackupInWorker. */
export function makeBackup(vault: Vault, outFile: string, now = new Date()): BackupReport {
  const { sqlite } = vault.database();
  return withCounts(
    writeVerifiedBackup({ sqlite, keyFile: vault.files.keyFile, dataKey: vault.dataKey() }, outFile, now),
  );
}

export function withCounts(written: WrittenBackup): BackupReport {
  if (!written.counts) throw new AppError('INTERNAL', 'The backup could not be counted. Try again.');
  return { ...written, counts: written.counts };
}

/**
 * Snapshot, write atomically, then read the file back: its integrity must be
 * ok and every table must hold as many rows as the snapshot. Works on any
 * schema version, so it also serves the backup taken before migrations.
 */
export function writeVerifiedBackup(source: BackupSource, outFile: string, now = new Date()): WrittenBackup {
  const places = prepareBackupPlaces(outFile);
  try {
    return writeVerifiedBackupAt(source, places, now);
  } finally {
    cleanUpBackupPlaces(places);
  }
}

/** The steps themselves, in places prepared by the caller (who cleans them up, even if this thread dies). */
export function writeVerifiedBackupAt(source: BackupSource, places: BackupPlaces, now: Date): WrittenBackup {
  const snapshot = snapshotDatabase(source.sqlite, places.workFolder);
  const databaseBytes = statSync(snapshot).size;
  const header = encodeBackupHeader(readKeyFile(source.keyFile), databaseBytes, now);
  let writtenHash: string;
  try {
    // Written whole and flushed to disk, under the staging name; renamed only once verified.
    const descriptor = openSync(places.stagingFile, 'wx', 0o600);
    try {
      for (let written = 0; written < header.length;)
        written += writeSync(descriptor, header, written, header.length - written);
      writtenHash = appendFile(descriptor, snapshot);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    rmSync(places.stagingFile, { force: true });
    const code = (error as { code?: string }).code;
    throw new AppError(
      'VALIDATION',
      code === 'ENOSPC'
        ? 'There is not enough space for the backup there. Nothing was changed; free some space or choose another place.'
        : 'The backup could not be written there. Check the folder exists and you can write to it.',
      { cause: error },
    );
  }
  let verified: { integrity: string; counts: RecordCounts | undefined };
  try {
    // Read back from disk: the file must hold exactly the snapshot's bytes (same length, same SHA-256),
    // so checking the snapshot checks the backup's database without a third copy of it.
    const readBack = readBackBackup(places.stagingFile);
    if (readBack.databaseBytes !== databaseBytes || readBack.databaseHash !== writtenHash) {
      throw new AppError(
        'VAULT_DAMAGED',
        'The backup was written but does not match the vault when read back. Try again, or back up to another place.',
      );
    }
    verified = checkNewSnapshot(snapshot, source.dataKey);
  } catch (error) {
    // A backup that failed its check must not sit in the folder looking like a good one.
    rmSync(places.stagingFile, { force: true });
    throw error;
  }
  // Only a verified backup ever carries a backup's name.
  renameSync(places.stagingFile, places.outFile);
  syncDirectory(dirname(places.outFile));
  return {
    file: places.outFile,
    bytes: header.length + databaseBytes,
    createdAt: now.toISOString(),
    integrity: verified.integrity,
    counts: verified.counts,
  };
}

/**
 * Checks a new snapshot: the seal on every page (page-seals.ts), then opens it
 * read only (changing not even its header) with the key and counts its records.
 * A file VACUUM INTO has just written whole into a new folder has no page from
 * any other moment, so the seals find anything the disk changed or lost; SQLite's
 * own quick_check, which finds nothing more in such a file, took three times as
 * long. Restoring still runs the full integrity check (verifyBackup).
 */
function checkNewSnapshot(file: string, dataKey: Buffer): { integrity: string; counts: RecordCounts | undefined } {
  if (checkPageSeals(file, dataKey).unsealedPages.length > 0) throw damagedBackup();
  try {
    const sqlite = openEncryptedDatabase(file, dataKey, { nativeBinding: backupNativeBinding(), isReadOnly: true });
    try {
      return { integrity: 'ok', counts: recordCountsIfCurrent(sqlite) };
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw isDamageError(error) ? damagedBackup() : error;
  }
}

/** Makes the rename durable. Windows cannot open a directory; NTFS journals renames. */
function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return;
  const descriptor = openSync(directory, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Rows in every ordinary table, by name: a check that needs no knowledge of the schema. */
export function tableRowCounts(sqlite: SqliteDatabase): Record<string, number> {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`,
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (
      sqlite.prepare(`SELECT count(*) AS total FROM "${name.replaceAll('"', '""')}"`).get() as { total: number }
    ).total;
  }
  return counts;
}

/** Opens the database inside a backup with its key and checks its integrity. */
export function verifyBackupFile(file: string, dataKey: Buffer): { integrity: string } {
  const contents = decodeBackup(readFileSync(file));
  return { integrity: verifyDatabaseBytes(contents.database, dataKey).integrity };
}

export function checkDatabaseBytes(database: Buffer, dataKey: Buffer): { integrity: string; counts: RecordCounts } {
  return withDatabaseCopy(database, dataKey, undefined, (sqlite) => ({
    integrity: assertIntact(sqlite),
    counts: countRecords(drizzle({ client: sqlite, schema })),
  }));
}

function verifyDatabaseBytes(
  database: Buffer,
  dataKey: Buffer,
  workFolder?: string,
): { integrity: string; tables: Record<string, number>; counts: RecordCounts | undefined } {
  return withDatabaseCopy(database, dataKey, workFolder, (sqlite) => ({
    integrity: assertIntact(sqlite),
    tables: tableRowCounts(sqlite),
    counts: recordCountsIfCurrent(sqlite),
  }));
}

/** The main record counts, when the schema has all the tables counted (not before migrations). */
function recordCountsIfCurrent(sqlite: SqliteDatabase): RecordCounts | undefined {
  try {
    return countRecords(drizzle({ client: sqlite, schema }));
  } catch {
    return undefined;
  }
}

const damagedBackup = () =>
  new AppError('VAULT_DAMAGED', 'The backup is damaged: it failed its integrity check. Use an older backup.');

function assertIntact(sqlite: SqliteDatabase): string {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .join('; ');
  if (integrity !== 'ok') throw damagedBackup();
  return integrity;
}

/** Opens a temporary copy of a backup's database with its key. */
function withDatabaseCopy<T>(
  database: Buffer,
  dataKey: Buffer,
  workFolder: string | undefined,
  work: (sqlite: SqliteDatabase) => T,
): T {
  // The bytes are SQLCipher pages, encrypted already: a temporary copy holds nothing readable.
  const folder = workFolder ?? mkdtempSync(join(tmpdir(), 'waymark-verify-'));
  const file = join(folder, 'check.db');
  try {
    writeFileSync(file, database, { mode: 0o600 });
    const sqlite = openEncryptedDatabase(file, dataKey, { nativeBinding: backupNativeBinding() });
    try {
      return work(sqlite);
    } finally {
      sqlite.close();
    }
  } catch (error) {
    throw isDamageError(error) ? damagedBackup() : error;
  } finally {
    if (workFolder) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    else rmSync(folder, { recursive: true, force: true });
  }
}
