// Packs the subject-access bundle as a ZIP: cover letter, readable records,
// versioned JSON, a CSV per record type, attachment files and a manifest of
// SHA-256 checksums. With a password the ZIP is AES-256 encrypted (7-Zip and
// Windows-compatible tools open it); send the password separately. Data in,
// bytes out: what goes in is gathered by main/services/subject-access.
import { createHash } from 'node:crypto';
import { BlobReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';
import type { LetterRequest } from './letter';
import { readableRecords } from './readable';
import type { CollectedRecords } from './records';

// Main-process code: compress in this thread; there are no web workers in Node.
configure({ useWebWorkers: false });

export const bundleFormatVersion = 1;

export class BundleCancelled extends Error {
  constructor() {
    super('The subject-access bundle was cancelled.');
    this.name = 'BundleCancelled';
  }
}

/** What the bundle holds, ready to pack. */
export type BundleContents = {
  subject: { forename: string; fullName: string };
  relationship: LetterRequest['relationship'];
  records: CollectedRecords;
  withheld: { what: string; note: string }[];
  /** The cover letter, as HTML. */
  letter: string;
  on: string;
};

export type PackingOptions = {
  password?: string | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Stops the packing between files; nothing is returned. */
  signal?: AbortSignal | undefined;
};

function toCsv(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '';
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value: unknown) => {
    const text = value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\r\n')}\r\n`;
}

export async function packSubjectAccessBundle(contents: BundleContents, options: PackingOptions): Promise<Buffer> {
  const { subject, records, withheld, letter } = contents;
  const data = {
    format: 'waymark-subject-access',
    formatVersion: bundleFormatVersion,
    createdOn: contents.on,
    subject: subject.fullName,
    withheld,
    tables: records.tables,
  };
  const files: { path: string; bytes: Buffer }[] = [
    { path: 'cover-letter.html', bytes: Buffer.from(letter, 'utf8') },
    { path: 'records.html', bytes: Buffer.from(readableRecords(records, subject, contents.relationship), 'utf8') },
    { path: 'data.json', bytes: Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8') },
    ...Object.entries(records.tables).map(([table, rows]) => ({
      path: `csv/${table}.csv`,
      bytes: Buffer.from(`\ufeff${toCsv(rows)}`, 'utf8'),
    })),
    ...records.files,
  ];
  const manifest = {
    format: 'waymark-subject-access-manifest',
    formatVersion: bundleFormatVersion,
    withheld,
    files: files.map((file) => ({
      path: file.path,
      bytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
    })),
  };
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') });

  const writer = new ZipWriter(
    new Uint8ArrayWriter(),
    options.password ? { password: options.password, encryptionStrength: 3 } : {},
  );
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
  return Buffer.from(await writer.close());
}
