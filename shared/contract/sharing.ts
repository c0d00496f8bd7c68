// Channels for one client's data leaving the vault or being erased: shared
// plan copies, subject-access bundles (with third-party information withheld)
// and erasure.
import { z } from 'zod';
import { isoDate } from './dates';
import type { ConsentPurpose } from '../data-protection';
import { channel } from './channel';
import { requestSchema } from './data-protection';

const id = z.string().min(1).max(64);

/** The consent purposes that cover handing over a copy of the action plan. */
export const planSharingPurposes = ['shareWithTutor', 'shareWithParent', 'uploadToSchoolSystem'] as const satisfies readonly ConsentPurpose[];

/** What can be marked as third-party information and withheld from a bundle. */
export const withholdingKinds = ['interview-notes', 'interview-action', 'attachment', 'plan-version', 'plan-draft'] as const;

const withholdingSchema = z.object({ id, kind: z.enum(withholdingKinds), recordKey: z.string(), note: z.string(), createdAt: z.string() });
const withholdableSchema = z.object({ kind: z.enum(withholdingKinds), recordKey: z.string(), label: z.string(), excerpt: z.string(), withholding: withholdingSchema.nullable() });

const sarJobSchema = z.object({
  id,
  clientId: id,
  requestId: id,
  state: z.enum(['running', 'finished', 'cancelled', 'failed', 'downloaded', 'expired']),
  done: z.number().int(),
  total: z.number().int(),
  isEncrypted: z.boolean(),
  message: z.string(),
});


export const sharingChannels = {
  /** Every subject-access request about one client, open or closed, newest first. */
  'sar.requestsFor': channel({ input: z.strictObject({ clientId: id }), output: z.array(requestSchema) }),
  'clients.erase': channel({
    input: z.strictObject({ clientId: id, reason: z.string().trim().min(1, 'Give a reason for the erasure.').max(500, 'Keep the reason under 500 characters.') }),
    output: z.object({ tombstone: z.string(), erasedOn: z.string(), rowsErased: z.number().int() }),
  }),
  /** A shared copy of the latest finalised plan, only with consent for the purpose; logged as a disclosure. */
  'plans.shareCopy': channel({
    input: z.strictObject({
      clientId: id,
      purpose: z.enum(planSharingPurposes),
      recipient: z.string().trim().min(1, 'Say who will receive the copy, such as "Ms Patel, form tutor".').max(200, 'Keep the recipient under 200 characters.'),
      on: isoDate.optional(),
      isEasyRead: z.boolean().optional(),
    }),
    output: z.object({
      fileName: z.string(),
      dataBase64: z.string(),
      disclosure: z.object({ recipient: z.string(), disclosedOn: z.string(), what: z.string(), consentId: z.string() }),
    }),
  }),
  'sar.withholdable': channel({ input: z.strictObject({ clientId: id }), output: z.array(withholdableSchema) }),
  'sar.withhold': channel({
    input: z.strictObject({
      clientId: id,
      kind: z.enum(withholdingKinds),
      recordKey: z.string().min(1).max(200),
      note: z.string().trim().min(1, 'Say briefly why this is withheld, such as "Names another pupil".').max(300, 'Keep the note under 300 characters.'),
    }),
    output: withholdingSchema,
  }),
  'sar.release': channel({ input: z.strictObject({ clientId: id, id }), output: z.object({}) }),
  /** A bundle answers one logged request: the letter goes to its requester, and sending it completes the request. */
  'sar.start': channel({
    input: z.strictObject({
      requestId: id,
      password: z.string().min(12, 'Use a password of at least 12 characters, and send it separately from the bundle.').max(200).optional(),
      /** Safeguarding records are withheld unless the adviser has reviewed them and decided to release them. */
      isSafeguardingReleased: z.boolean().optional(),
      on: isoDate.optional(),
    }),
    output: sarJobSchema,
  }),
  /** The cover letter for a request as it would go in the bundle, to read or print first. */
  'sar.letter': channel({ input: z.strictObject({ requestId: id, on: isoDate.optional() }), output: z.object({ html: z.string() }) }),
  /** How many safeguarding records the client has: the bundle form asks for a decision on them. */
  'sar.safeguardingCount': channel({ input: z.strictObject({ clientId: id }), output: z.object({ count: z.number().int() }) }),
  'sar.status': channel({ input: z.strictObject({ jobId: id }), output: sarJobSchema }),
  'sar.cancel': channel({ input: z.strictObject({ jobId: id }), output: sarJobSchema }),
  'sar.download': channel({ input: z.strictObject({ jobId: id }), output: z.object({ fileName: z.string(), dataBase64: z.string(), job: sarJobSchema }) }),
};
