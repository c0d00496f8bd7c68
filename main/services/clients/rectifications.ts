// Rectification (Article 16): facts are corrected in place, and each changed
// field is logged with when and why. The log never keeps the old value: that
// would keep the inaccurate data the correction was meant to remove.
import { asc, eq } from 'drizzle-orm';
import type { ClientFields } from '../../../shared/contract/clients';
import { rectifications } from '../../db/schema';
import type { OpenVault } from '../../vault';

export type Correction = { field: string; changedAt: string; reason: string };

/**
 * Fields whose changes count as corrections. A new organisation or provision
 * level is a change in the client's circumstances, already kept in their own
 * dated histories, not a correction of a fact.
 */
const correctableFields = [
  'surname',
  'forename',
  'preferredName',
  'dateOfBirth',
  'yearGroup',
  'tutorGroup',
  'upn',
  'keyWorker',
  'sendStatus',
  'hasPupilPremium',
  'isAtRiskOfNeet',
  'isLookedAfter',
  'isYoungCarer',
  'hasEnglishAsAdditionalLanguage',
  'postcode',
  'referralSource',
  'email',
  'phone',
  'aboutMe',
  'reviewDueOn',
] as const satisfies readonly (keyof ClientFields)[];

/** Logs each corrected field inside the caller's transaction; returns the fields logged. */
export function logCorrections(
  vault: OpenVault,
  clientId: string,
  before: ClientFields,
  after: ClientFields,
  reason: string,
  now: Date,
): string[] {
  const changed = correctableFields.filter((field) => before[field] !== after[field]);
  const changedAt = now.toISOString();
  for (const field of changed)
    vault.db.insert(rectifications).values({ clientId, field, changedAt, reason: reason.trim() }).run();
  return changed;
}

export function listCorrections({ db }: OpenVault, clientId: string): Correction[] {
  return db
    .select({ field: rectifications.field, changedAt: rectifications.changedAt, reason: rectifications.reason })
    .from(rectifications)
    .where(eq(rectifications.clientId, clientId))
    .orderBy(asc(rectifications.id))
    .all();
}
