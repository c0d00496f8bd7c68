// Channels for consent, the disclosure log and subject-access requests.
import { z } from 'zod';
import { isoDate } from './dates';
import { consentPurposes } from '../data-protection';
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

const disclosureSchema = z.object({
  id: z.number().int(),
  clientId: z.string().nullable(),
  recipient: z.string(),
  disclosedOn: z.string(),
  what: z.string(),
  lawfulBasis: z.string(),
  consentId: z.string().nullable(),
  isAnonymised: z.boolean(),
});

export const identityCheckSchema = z.strictObject({
  checkedBy: z
    .string()
    .trim()
    .min(1, 'Say who checked their identity.')
    .max(150, 'Keep the name under 150 characters.'),
  method: z
    .string()
    .trim()
    .min(1, 'Say how their identity was checked, such as "Known to me in person" or "Passport seen".')
    .max(300, 'Keep it under 300 characters.'),
  checkedOn: isoDate,
});
export type IdentityCheck = z.infer<typeof identityCheckSchema>;

/** A subject-access request as the register shows it. */
export const requestSchema = z.object({
  id,
  clientId: id,
  receivedOn: z.string(),
  requesterName: z.string(),
  relationship: z.enum(['self', 'parent-carer', 'other']),
  isIdentityChecked: z.boolean(),
  identityCheckedBy: z.string(),
  identityCheckMethod: z.string(),
  identityCheckedOn: z.string().nullable(),
  requesterAddress: z.string(),
  requesterContactId: z.string().nullable(),
  /** The day the bundle was sent (downloaded to hand over); sending completes the request. */
  sentOn: z.string().nullable(),
  dueOn: z.string(),
  extensionReason: z.string(),
  extensionToldOn: z.string().nullable(),
  status: z.enum(['received', 'in-progress', 'completed', 'withdrawn']),
  completedOn: z.string().nullable(),
  createdAt: z.string(),
});

export const dataProtectionChannels = {
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
  'disclosures.list': channel({
    input: z.strictObject({ clientId: id.optional() }),
    output: z.array(disclosureSchema),
  }),
  'requests.log': channel({
    input: z.strictObject({
      clientId: id,
      receivedOn: isoDate,
      requesterName: z.string().trim().min(1, 'Who made the request?').max(150),
      relationship: z.enum(['self', 'parent-carer', 'other']),
      /** Where the letter goes: a postal or email address (optional; the letter can be handed over). */
      requesterAddress: z.string().trim().max(500, 'Keep the address under 500 characters.').optional(),
      /** The client's contact making the request, for a parent or carer already on their record. */
      requesterContactId: id.optional(),
      /** The identity check, when it was done as the request came in; it can be recorded later too. */
      identityCheck: identityCheckSchema.optional(),
    }),
    output: requestSchema,
  }),
  /** Who checked the requester's identity, how and when: needed before the bundle is sent. */
  'requests.recordIdentityCheck': channel({
    input: z.strictObject({ id, identityCheck: identityCheckSchema }),
    output: requestSchema,
  }),
  'requests.extend': channel({
    input: z.strictObject({ id, reason: z.string().max(1_000), toldOn: isoDate }),
    output: requestSchema,
  }),
  'requests.setStatus': channel({
    input: z.strictObject({ id, status: z.enum(['received', 'in-progress', 'completed', 'withdrawn']), on: isoDate }),
    output: requestSchema,
  }),
  'requests.open': channel({ input: z.strictObject({}), output: z.array(requestSchema) }),
};
