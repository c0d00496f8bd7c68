// Builds the subject-access bundle as a ZIP: cover letter, readable records,
// versioned JSON, a CSV per record type, attachment files and a manifest of
// SHA-256 checksums. With a password the ZIP is AES-256 encrypted (7-Zip and
// Windows-compatible tools open it); send the password separately.
import { createHash } from 'node:crypto';
import { BlobReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';
import type { OpenVault } from '../../vault';
import { AppError } from '../../errors';
import { logDisclosure } from '../../services/data-protection';
import { readSettings } from '../../services/settings';
import { collectClientRecords } from './collect';
import { coverLetter, readableRecords } from './documents';
import { listWithholdable } from './withholdings';

// Main-process code: compress in this thread; there are no web workers in Node.
configure({ useWebWorkers: false });

export const bundleFormatVersion = 1;

export type BundleOptions = {
  clientId: string;
  password?: string | undefined;
  recipient: string;
  on: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Stops the build between files; nothing is returned or logged. */
  signal?: AbortSignal | undefined;
  /** false when the caller logs the disclosure itself once the bundle actually leaves (a download). */
  isDisclosureLogged?: boolean | undefined;
};

export function subjectAccessDisclosure(clientId: string, recipient: string, on: string) {
  return { clientId, recipient, what: 'Subject-access bundle (all records)', lawfulBasis: 'subject-access' as const, disclosedOn: on };
}

export class BundleCancelled extends Error {
  constructor() {
    super('The subject-access bundle was cancelled.');
    this.name = 'BundleCancelled';
  }
}

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n')}\r\n`;
}

export async function buildSubjectAccessBundle(vault: OpenVault, options: BundleOptions): Promise<Buffer> {
  const client = vault.sqlite.prepare('SELECT forename, surname FROM clients WHERE id = ?').get(options.clientId) as { forename: string; surname: string } | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  if (options.password !== undefined && options.password.length < 12) {
    throw new AppError('VALIDATION', 'Use a password of at least 12 characters for the bundle, and send it separately from the bundle.');
  }
  const name = `${client.forename} ${client.surname}`;
  const settings = readSettings(vault.db);
  const records = collectClientRecords(vault, options.clientId);
  const withheld = listWithholdable(vault, options.clientId).flatMap((record) => (record.withholding ? [{ what: record.label, note: record.withholding.note }] : []));
  const data = { format: 'waymark-subject-access', formatVersion: bundleFormatVersion, createdOn: options.on, subject: name, withheld, tables: records.tables };
  const files: { path: string; bytes: Buffer }[] = [
    { path: 'cover-letter.html', bytes: Buffer.from(coverLetter(name, settings, records, options.on, withheld), 'utf8') },
    { path: 'records.html', bytes: Buffer.from(readableRecords(name, records), 'utf8') },
    { path: 'data.json', bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
    ...Object.entries(records.tables).map(([table, rows]) => ({ path: `csv/${table}.csv`, bytes: Buffer.from(`\ufeff${toCsv(rows)}`, 'utf8') })),
    ...records.files,
  ];
  const manifest = { format: 'waymark-subject-access-manifest', formatVersion: bundleFormatVersion, withheld, files: files.map((file) => ({ path: file.path, bytes: file.bytes.length, sha256: createHash('sha256').update(file.bytes).digest('hex') })) };
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') });

  const writer = new ZipWriter(new Uint8ArrayWriter(), options.password ? { password: options.password, encryptionStrength: 3 } : {});
  let done = 0;
  for (const file of files) {
    if (options.signal?.aborted) throw new BundleCancelled();
    await writer.add(file.path, new BlobReader(new Blob([file.bytes])));
    done += 1;
    options.onProgress?.(done, files.length);
    // A background job lets its status and cancel calls through between files.
    if (options.signal) await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
  if (options.signal?.aborted) throw new BundleCancelled();
  const zip = Buffer.from(await writer.close());
  if (options.isDisclosureLogged !== false) logDisclosure(vault, subjectAccessDisclosure(options.clientId, options.recipient, options.on));
  return zip;
}
