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
  const header = Buffer.from(JSON.stringify({ format: 'waymark-backup', formatVersion: backupFormatVersion, createdAt: createdAt.toISOString(), databaseBytes: database.length, keyFile }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([magic, length, header, database]);
}

export function decodeBackup(bytes: Buffer): BackupContents {
  const notABackup = new AppError('VALIDATION', 'That file is not a Waymark backup, or it is damaged.');
  if (bytes.length < magic.length + 4 || !bytes.subarray(0, magic.length).equals(magic)) throw notABackup;
  const headerLength = bytes.readUInt32BE(magic.length);
  const headerStart = magic.length + 4;
  if (headerLength > 1_000_000 || headerStart + headerLength > bytes.length) throw notABackup;
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(headerStart, headerStart + headerLength).toString('utf8')));
  } catch {
    throw notABackup;
  }
  if (header.formatVersion > backupFormatVersion) {
    throw new AppError('SCHEMA_TOO_NEW', 'This backup was made by a newer version of Waymark. Update Waymark to restore it.');
  }
  const database = bytes.subarray(headerStart + headerLength);
  if (database.length !== header.databaseBytes) throw new AppError('VAULT_DAMAGED', 'This backup is incomplete: it is shorter than it says. Use an older backup.');
  return { createdAt: header.createdAt, keyFile: readKeyFileText(JSON.stringify(header.keyFile)), database };
}
