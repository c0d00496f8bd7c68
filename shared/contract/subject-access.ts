// Channels for subject access: the register of requests (logged, identity
// checked, extended, completed), the bundle that answers one (built in the
// background, with its cover letter), and the third-party information an
// adviser withholds from it.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel } from './channel';

const id = z.string().min(1).max(64);

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

const registerEntrySchema = requestSchema.omit({ createdAt: true }).extend({ clientName: z.string() });

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
  'subjectAccess.logRequest': channel({
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
  'subjectAccess.recordIdentityCheck': channel({
    input: z.strictObject({ id, identityCheck: identityCheckSchema }),
    output: requestSchema,
  }),
  'subjectAccess.extendRequest': channel({
    input: z.strictObject({ id, reason: z.string().max(1_000), toldOn: isoDate }),
    output: requestSchema,
  }),
  'subjectAccess.setRequestStatus': channel({
    input: z.strictObject({ id, status: z.enum(['received', 'in-progress', 'completed', 'withdrawn']), on: isoDate }),
    output: requestSchema,
  }),
  /** Requests still open: neither completed nor withdrawn, oldest due first. */
  'subjectAccess.openRequests': channel({ input: z.strictObject({}), output: z.array(requestSchema) }),
  /** The whole register, open and closed requests, newest first. */
  'subjectAccess.register': channel({ input: z.strictObject({}), output: z.array(registerEntrySchema) }),
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
