// Builds the subject-access bundle as a ZIP: cover letter, readable records,
// versioned JSON, a CSV per record type, attachment files and a manifest of
// SHA-256 checksums. With a password the ZIP is AES-256 encrypted (7-Zip and
// Windows-compatible tools open it); send the password separately.
import { createHash } from 'node:crypto';
import { formatUkDate } from '../../../shared/dates';
import { BlobReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';
import type { RetentionSchedule } from '../../../shared/retention';
import type { OpenVault } from '../../vault';
import { AppError } from '../../errors';
import { categoriesHeld } from './categories';
import { collectClientRecords, safeguardingPendingNote } from './collect';
import { coverLetter, readerWords, type Controller, type LetterRequest } from './letter';
import { readableRecords } from './readable';
import { listWithholdable } from './withholdings';

// Main-process code: compress in this thread; there are no web workers in Node.
configure({ useWebWorkers: false });

export const bundleFormatVersion = 1;

export type BundleOptions = {
  clientId: string;
  /** Who asked: the letter is addressed to them. */
  request: LetterRequest;
  /** The adviser's name, business and postal address, for the letter. */
  controller: Controller;
  /** The retention schedule in force, for the letter's retention sentence. */
  retention: RetentionSchedule;
  /** false until the adviser has reviewed the safeguarding records and decided to release them. */
  isSafeguardingReleased: boolean;
  password?: string | undefined;
  on: string;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Stops the build between files; nothing is returned. */
  signal?: AbortSignal | undefined;
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

type ClientNames = { forename: string; surname: string; preferredName: string };

/** The letter and the readable records for a request, with everything they rest on. */
function bundleDocuments(vault: OpenVault, options: BundleOptions) {
  const client = vault.sqlite.prepare('SELECT forename, surname, preferred_name AS preferredName FROM clients WHERE id = ?').get(options.clientId) as ClientNames | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const subject = { forename: client.preferredName || client.forename, fullName: `${client.forename} ${client.surname}` };
  const records = collectClientRecords(vault, options.clientId, { isSafeguardingReleased: options.isSafeguardingReleased });
  const withheld = [
    ...listWithholdable(vault, options.clientId).flatMap((record) => (record.withholding ? [{ what: record.label, note: record.withholding.note }] : [])),
    ...(options.isSafeguardingReleased ? [] : (records.tables.safeguarding_concerns ?? []).map((row) => ({ what: `Safeguarding record of ${formatUkDate(String(row.raised_on))}`, note: safeguardingPendingNote }))),
  ];
  const recipients = [...new Set((records.tables.disclosures ?? []).map((row) => String(row.recipient)))];
  const letter = coverLetter({
    subject,
    request: options.request,
    controller: options.controller,
    categories: categoriesHeld(records, readerWords(subject, options.request.relationship).your),
    recipients,
    retention: options.retention,
    withheld,
    on: options.on,
  });
  return { subject, records, withheld, letter };
}

/** The cover letter alone, to read or print before the bundle is built. */
export function subjectAccessLetter(vault: OpenVault, options: Omit<BundleOptions, 'password' | 'onProgress' | 'signal'>): string {
  return bundleDocuments(vault, options).letter;
}

export async function buildSubjectAccessBundle(vault: OpenVault, options: BundleOptions): Promise<Buffer> {
  if (options.password !== undefined && options.password.length < 12) {
    throw new AppError('VALIDATION', 'Use a password of at least 12 characters for the bundle, and send it separately from the bundle.');
  }
  const { subject, records, withheld, letter } = bundleDocuments(vault, options);
  const data = { format: 'waymark-subject-access', formatVersion: bundleFormatVersion, createdOn: options.on, subject: subject.fullName, withheld, tables: records.tables };
  const files: { path: string; bytes: Buffer }[] = [
    { path: 'cover-letter.html', bytes: Buffer.from(letter, 'utf8') },
    { path: 'records.html', bytes: Buffer.from(readableRecords(records, subject, options.request.relationship), 'utf8') },
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
  return Buffer.from(await writer.close());
}
