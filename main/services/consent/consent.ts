// Consent, per client: what was explained, what was agreed, by whom, when and
// how, and withdrawal. The latest record is the one in force.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { consentPurposeLabels, consentPurposes, type ConsentPurpose } from '../../../shared/consent';
import { formatUkDate } from '../../../shared/dates';
import { clientContacts, consents } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { type ServiceContext, systemContext } from '../context';

export type ConsentInput = {
  hasExplainedConfidentiality: boolean;
  agreements: Record<ConsentPurpose, boolean>;
  givenBy: 'client' | 'parent-carer';
  /** One of the client's contacts, when a parent or carer gave it. */
  givenByContactId?: string | null | undefined;
  givenOn: string;
  method: 'verbal' | 'written';
};
export type ConsentRecord = Omit<ConsentInput, 'givenByContactId'> & {
  id: string;
  givenByContactId: string | null;
  givenByName: string;
  withdrawnOn: string | null;
  withdrawalNote: string;
  createdAt: string;
};

function toRecord({
  consent: row,
  contactName,
  relationship,
}: {
  consent: typeof consents.$inferSelect;
  contactName: string | null;
  relationship: string | null;
}): ConsentRecord {
  const agreed = JSON.parse(row.agreements) as Partial<Record<ConsentPurpose, boolean>>;
  return {
    id: row.id,
    hasExplainedConfidentiality: row.hasExplainedConfidentiality,
    agreements: Object.fromEntries(consentPurposes.map((purpose) => [purpose, agreed[purpose] === true])) as Record<
      ConsentPurpose,
      boolean
    >,
    givenBy: row.givenBy,
    givenByContactId: row.givenByContactId,
    givenByName: contactName ? `${contactName}${relationship ? ` (${relationship})` : ''}` : '',
    givenOn: row.givenOn,
    method: row.method,
    withdrawnOn: row.withdrawnOn,
    withdrawalNote: row.withdrawalNote,
    createdAt: row.createdAt,
  };
}

/** Newest first; rowid breaks a tie between two records made in the same millisecond. */
export function consentHistory({ db }: OpenVault, clientId: string): ConsentRecord[] {
  return db
    .select({ consent: consents, contactName: clientContacts.name, relationship: clientContacts.relationship })
    .from(consents)
    .leftJoin(clientContacts, eq(clientContacts.id, consents.givenByContactId))
    .where(eq(consents.clientId, clientId))
    .orderBy(desc(consents.createdAt), desc(sql`${consents}.rowid`))
    .all()
    .map(toRecord);
}

export function currentConsent(vault: OpenVault, clientId: string): ConsentRecord | null {
  return consentHistory(vault, clientId)[0] ?? null;
}

export function recordConsent(
  vault: OpenVault,
  { clientId, consent: input }: { clientId: string; consent: ConsentInput },
  context: ServiceContext = systemContext,
): ConsentRecord {
  const now = context.now();
  const id = context.newId();
  const givenByContactId = input.givenBy === 'parent-carer' ? (input.givenByContactId ?? null) : null;
  if (input.givenBy === 'client' && input.givenByContactId) {
    throw new AppError(
      'VALIDATION',
      'Consent given by the client names no parent or carer. Choose "A parent or carer" to say which one gave it.',
    );
  }
  if (givenByContactId) {
    const contact = vault.db
      .select({ id: clientContacts.id })
      .from(clientContacts)
      .where(and(eq(clientContacts.id, givenByContactId), eq(clientContacts.clientId, clientId)))
      .get();
    if (!contact)
      throw new AppError(
        'VALIDATION',
        'That parent or carer is not one of this client’s contacts. Choose one from the list, or add them under Parents and carers first.',
      );
  }
  vault.db
    .insert(consents)
    .values({
      id,
      clientId,
      ...input,
      givenByContactId,
      agreements: JSON.stringify(input.agreements),
      createdAt: now.toISOString(),
    })
    .run();
  return currentConsent(vault, clientId) as ConsentRecord;
}

export function withdrawConsent(
  vault: OpenVault,
  { clientId, withdrawnOn, note }: { clientId: string; withdrawnOn: string; note: string },
): ConsentRecord {
  const consent = currentConsent(vault, clientId);
  if (!consent) throw new AppError('NOT_FOUND', 'There is no consent on record to withdraw.');
  vault.db.update(consents).set({ withdrawnOn, withdrawalNote: note }).where(eq(consents.id, consent.id)).run();
  return currentConsent(vault, clientId) as ConsentRecord;
}

type ConsentShortfall = { reason: string; refusal: string };

/** What is missing for a purpose on a day: a short reason for lists, and the full refusal. */
function shortfall(consent: ConsentRecord | null, purpose: ConsentPurpose, on: string): ConsentShortfall | null {
  const what = consentPurposeLabels[purpose].toLowerCase();
  if (!consent)
    return {
      reason: `No consent on record to ${what}`,
      refusal: `There is no consent on record to ${what}. Record the client's consent first; nothing was shared.`,
    };
  if (consent.withdrawnOn && consent.withdrawnOn <= on) {
    const withdrawn = formatUkDate(consent.withdrawnOn);
    return {
      reason: `Consent withdrawn on ${withdrawn}`,
      refusal: `Consent was withdrawn on ${withdrawn}, so Waymark will not ${what}. Nothing was shared.`,
    };
  }
  if (!consent.agreements[purpose])
    return {
      reason: `Has not agreed to ${what}`,
      refusal: `The client has not agreed to ${what}. Nothing was shared.`,
    };
  return null;
}

/** Why the consent in force on a day does not cover a purpose, in a few words; null when it does. */
export function consentGap(vault: OpenVault, clientId: string, purpose: ConsentPurpose, on: string): string | null {
  return shortfall(currentConsent(vault, clientId), purpose, on)?.reason ?? null;
}

/** Any sharing goes through here: it refuses, in plain words, when consent is missing or withdrawn. */
export function assertConsentFor(
  vault: OpenVault,
  clientId: string,
  purpose: ConsentPurpose,
  on: string,
): ConsentRecord {
  const consent = currentConsent(vault, clientId);
  const missing = shortfall(consent, purpose, on);
  if (missing || !consent)
    throw new AppError('FORBIDDEN', missing?.refusal ?? 'There is no consent on record. Nothing was shared.');
  return consent;
}

/** The purposes the consent in force covers today, as the contract names them. */
export function consentedPurposes(vault: OpenVault, clientId: string, on: string): ConsentPurpose[] {
  const consent = currentConsent(vault, clientId);
  return consentPurposes.filter((purpose) => shortfall(consent, purpose, on) === null);
}

/** The same for every client at once (one read of the consent table), for lists and exports. */
/** Each client's purposes in force on the day: every client's, or only the given clients' (a school's cohort). */
export function consentedPurposesByClient(
  { db }: OpenVault,
  on: string,
  clientIds?: readonly string[],
): Map<string, ConsentPurpose[]> {
  const newestFirst = [desc(consents.createdAt), desc(sql`rowid`)];
  const rows =
    clientIds === undefined
      ? db
          .select()
          .from(consents)
          .orderBy(...newestFirst)
          .all()
      : chunksOf(clientIds, 500).flatMap((chunk) =>
          db
            .select()
            .from(consents)
            .where(inArray(consents.clientId, chunk))
            .orderBy(...newestFirst)
            .all(),
        );
  const inForce = new Map<string, ConsentRecord>();
  for (const row of rows) {
    // Purposes only: who gave it is not needed here.
    if (!inForce.has(row.clientId))
      inForce.set(row.clientId, toRecord({ consent: row, contactName: null, relationship: null }));
  }
  return new Map(
    [...inForce].map(([clientId, consent]) => [
      clientId,
      consentPurposes.filter((purpose) => shortfall(consent, purpose, on) === null),
    ]),
  );
}

/** A client's rows are all in one chunk, so the newest-first order within each is enough. */
function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
