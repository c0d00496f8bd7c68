// Channels for subject access: the bundle that answers a logged request (built
// in the background, with its cover letter), and the third-party information
// an adviser withholds from it.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel } from './channel';
import { requestSchema } from './data-protection';

const id = z.string().min(1).max(64);

/** What can be marked as third-party information and withheld from a bundle. */
export const withholdingKinds = [
  'interview-notes',
  'interview-action',
  'attachment',
  'plan-version',
  'plan-draft',
] as const;

/** How a withheld plan version is named: its plan and its number, the same on every computer (not its row id). */
export const planVersionKey = (planId: string, number: number): string => `${planId}:${number}`;

const withholdingSchema = z.object({
  id,
  kind: z.enum(withholdingKinds),
  recordKey: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
const withholdableSchema = z.object({
  kind: z.enum(withholdingKinds),
  recordKey: z.string(),
  label: z.string(),
  excerpt: z.string(),
  withholding: withholdingSchema.nullable(),
});

const subjectAccessJobSchema = z.object({
  id,
  clientId: id,
  requestId: id,
  state: z.enum(['running', 'finished', 'cancelled', 'failed', 'downloaded', 'expired']),
  done: z.number().int(),
  total: z.number().int(),
  isEncrypted: z.boolean(),
  message: z.string(),
});

export const subjectAccessChannels = {
  /** Every subject-access request about one client, open or closed, newest first. */
  'subjectAccess.requestsFor': channel({ input: z.strictObject({ clientId: id }), output: z.array(requestSchema) }),
  'subjectAccess.withholdable': channel({
    input: z.strictObject({ clientId: id }),
    output: z.array(withholdableSchema),
  }),
  'subjectAccess.withhold': channel({
    input: z.strictObject({
      clientId: id,
      kind: z.enum(withholdingKinds),
      recordKey: z.string().min(1).max(200),
      note: z
        .string()
        .trim()
        .min(1, 'Say briefly why this is withheld, such as "Names another pupil".')
        .max(300, 'Keep the note under 300 characters.'),
    }),
    output: withholdingSchema,
  }),
  'subjectAccess.release': channel({ input: z.strictObject({ clientId: id, id }), output: z.object({}) }),
  /** A bundle answers one logged request: the letter goes to its requester, and sending it completes the request. */
  'subjectAccess.start': channel({
    input: z.strictObject({
      requestId: id,
      password: z
        .string()
        .min(12, 'Use a password of at least 12 characters, and send it separately from the bundle.')
        .max(200)
        .optional(),
      /** Safeguarding records are withheld unless the adviser has reviewed them and decided to release them. */
      isSafeguardingReleased: z.boolean().optional(),
      on: isoDate.optional(),
    }),
    output: subjectAccessJobSchema,
  }),
  /** The cover letter for a request as it would go in the bundle, to read or print first. */
  'subjectAccess.letter': channel({
    input: z.strictObject({ requestId: id, on: isoDate.optional() }),
    output: z.object({ html: z.string() }),
  }),
  /** How many safeguarding records the client has: the bundle form asks for a decision on them. */
  'subjectAccess.safeguardingCount': channel({
    input: z.strictObject({ clientId: id }),
    output: z.object({ count: z.number().int() }),
  }),
  'subjectAccess.status': channel({ input: z.strictObject({ jobId: id }), output: subjectAccessJobSchema }),
  'subjectAccess.cancel': channel({ input: z.strictObject({ jobId: id }), output: subjectAccessJobSchema }),
  'subjectAccess.download': channel({
    input: z.strictObject({ jobId: id }),
    output: z.object({ fileName: z.string(), dataBase64: z.string(), job: subjectAccessJobSchema }),
  }),
};
