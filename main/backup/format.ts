// The backup file: one self-describing file. A short header names the format
// and carries the vault's key file (the data key, wrapped under the passphrase
// and the recovery code, with its KDF parameters); the rest is the SQLCipher
// database itself, encrypted with that data key. Nothing in it is readable
// without the passphrase or the recovery code.
import { z } from 'zod';
import { AppError } from '../errors';
import { readKeyFileText, type KeyFile } from '../vault/key-file';

const magic = Buffer.from('WAYMARK-BACKUP\n', 'latin1');
export const backupFormatVersion = 1;

const headerSchema = z.object({
  format: z.literal('waymark-backup'),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  databaseBytes: z.number().int().nonnegative(),
  keyFile: z.unknown(),
});

export type BackupContents = { createdAt: string; keyFile: KeyFile; database: Buffer };

export function encodeBackup(keyFile: KeyFile, database: Buffer, createdAt: Date): Buffer {
  return Buffer.concat([encodeBackupHeader(keyFile, database.length, createdAt), database]);
}

/** Everything before the database: a backup is written as this, then the database file streamed after it. */
export function encodeBackupHeader(keyFile: KeyFile, databaseBytes: number, createdAt: Date): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      format: 'waymark-backup',
      formatVersion: backupFormatVersion,
      createdAt: createdAt.toISOString(),
      databaseBytes,
      keyFile,
    }),
    'utf8',
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([magic, length, header]);
}

/** The most a header can take: enough of a file's start to read it. */
export const maxHeaderBytes = magic.length + 4 + 1_000_000;

export type BackupHeader = { createdAt: string; keyFile: KeyFile; databaseStart: number; databaseBytes: number };

/** Reads the header from the start of a backup (at least its first maxHeaderBytes, or the whole file if shorter). */
export function decodeBackupHeader(start: Buffer): BackupHeader {
  const notABackup = new AppError('VALIDATION', 'That file is not a Waymark backup, or it is damaged.');
  if (start.length < magic.length + 4 || !start.subarray(0, magic.length).equals(magic)) throw notABackup;
  const headerLength = start.readUInt32BE(magic.length);
  const headerStart = magic.length + 4;
  if (headerLength > 1_000_000 || headerStart + headerLength > start.length) throw notABackup;
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(start.subarray(headerStart, headerStart + headerLength).toString('utf8')));
  } catch {
    throw notABackup;
  }
  if (header.formatVersion > backupFormatVersion) {
    throw new AppError(
      'SCHEMA_TOO_NEW',
      'This backup was made by a newer version of Waymark. Update Waymark to restore it.',
    );
  }
  return {
    createdAt: header.createdAt,
    keyFile: readKeyFileText(JSON.stringify(header.keyFile)),
    databaseStart: headerStart + headerLength,
    databaseBytes: header.databaseBytes,
  };
}

export function decodeBackup(bytes: Buffer): BackupContents {
  const header = decodeBackupHeader(bytes);
  const database = bytes.subarray(header.databaseStart);
  if (database.length !== header.databaseBytes) throw incomplete();
  return { createdAt: header.createdAt, keyFile: header.keyFile, database };
}

export const incomplete = () =>
  new AppError('VAULT_DAMAGED', 'This backup is incomplete: it is shorter than it says. Use an older backup.');
