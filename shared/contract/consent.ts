// Channels for consent: what a client has agreed to, when, and its withdrawal.
import { z } from 'zod';
import { isoDate } from './dates';
import { consentPurposes } from '../consent';
import { channel } from './channel';

const id = z.string().min(1).max(64);

const agreements = z.strictObject(
  Object.fromEntries(consentPurposes.map((purpose) => [purpose, z.boolean()])) as Record<
    (typeof consentPurposes)[number],
    z.ZodBoolean
  >,
);

export const consentInputSchema = z.strictObject({
  hasExplainedConfidentiality: z.boolean(),
  agreements,
  givenBy: z.enum(['client', 'parent-carer']),
  /** The parent or carer who gave it, when they are one of the client's contacts; only with givenBy 'parent-carer'. */
  givenByContactId: id.nullable().optional(),
  givenOn: isoDate,
  method: z.enum(['verbal', 'written']),
});

const consentSchema = consentInputSchema.extend({
  id,
  givenByContactId: z.string().nullable(),
  /** That contact's name and relationship as recorded now ("Róisín O'Neill (Mum)"), or ''. */
  givenByName: z.string(),
  withdrawnOn: z.string().nullable(),
  withdrawalNote: z.string(),
  createdAt: z.string(),
  agreements: z.object(agreements.shape),
});

export const consentChannels = {
  'consent.history': channel({ input: z.strictObject({ clientId: id }), output: z.array(consentSchema) }),
  'consent.record': channel({
    input: z.strictObject({ clientId: id, consent: consentInputSchema }),
    output: consentSchema,
  }),
  'consent.withdraw': channel({
    input: z.strictObject({ clientId: id, withdrawnOn: isoDate, note: z.string().max(1_000) }),
    output: consentSchema,
  }),
  /** What the consent in force on a day (today unless given) covers, for every client who has one (`waymark clients`). */
  'consent.purposesInForce': channel({
    input: z.strictObject({ on: isoDate.optional() }),
    output: z.array(z.object({ clientId: id, purposes: z.array(z.enum(consentPurposes)) })),
  }),
};
