// The subject-access bundle for one request: gathers the person's records from
// the vault (withheld text already replaced), writes the cover letter for the
// person who asked, and packs it all (main/export/subject-access).
import { formatUkDate } from '../../../shared/dates';
import type { RetentionSchedule } from '../../../shared/retention';
import {
  categoriesHeld,
  coverLetter,
  packSubjectAccessBundle,
  readerWords,
  type Controller,
  type LetterRequest,
  type PackingOptions,
} from '../../export/subject-access';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { collectClientRecords, safeguardingPendingNote } from './collect';
import { listWithholdable } from './withholdings';

export type BundleOptions = PackingOptions & {
  clientId: string;
  /** Who asked: the letter is addressed to them. */
  request: LetterRequest;
  /** The adviser's name, business and postal address, for the letter. */
  controller: Controller;
  /** The retention schedule in force, for the letter's retention sentence. */
  retention: RetentionSchedule;
  /** false until the adviser has reviewed the safeguarding records and decided to release them. */
  isSafeguardingReleased: boolean;
  on: string;
};

export function subjectAccessDisclosure(clientId: string, recipient: string, on: string) {
  return {
    clientId,
    recipient,
    what: 'Subject-access bundle (all records)',
    lawfulBasis: 'subject-access' as const,
    disclosedOn: on,
  };
}

type ClientNames = { forename: string; surname: string; preferredName: string };

/** The letter and the records for a request, with everything they rest on. */
function bundleContents(vault: OpenVault, options: Omit<BundleOptions, keyof PackingOptions>) {
  const client = vault.sqlite
    .prepare('SELECT forename, surname, preferred_name AS preferredName FROM clients WHERE id = ?')
    .get(options.clientId) as ClientNames | undefined;
  if (!client) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  const subject = {
    forename: client.preferredName || client.forename,
    fullName: `${client.forename} ${client.surname}`,
  };
  const records = collectClientRecords(vault, options.clientId, {
    isSafeguardingReleased: options.isSafeguardingReleased,
  });
  const withheld = [
    ...listWithholdable(vault, options.clientId).flatMap((record) =>
      record.withholding ? [{ what: record.label, note: record.withholding.note }] : [],
    ),
    ...(options.isSafeguardingReleased
      ? []
      : (records.tables.safeguarding_concerns ?? []).map((row) => ({
          what: `Safeguarding record of ${formatUkDate(String(row.raised_on))}`,
          note: safeguardingPendingNote,
        }))),
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
  return { subject, relationship: options.request.relationship, records, withheld, letter, on: options.on };
}

/** The cover letter alone, to read or print before the bundle is built. */
export function subjectAccessLetter(vault: OpenVault, options: Omit<BundleOptions, keyof PackingOptions>): string {
  return bundleContents(vault, options).letter;
}

export async function buildSubjectAccessBundle(vault: OpenVault, options: BundleOptions): Promise<Buffer> {
  if (options.password !== undefined && options.password.length < 12) {
    throw new AppError(
      'VALIDATION',
      'Use a password of at least 12 characters for the bundle, and send it separately from the bundle.',
    );
  }
  return packSubjectAccessBundle(bundleContents(vault, options), options);
}
