// Channels for the practice's data-protection records: the request register, the disclosure and audit logs, retention and the adviser's documents.
import { z } from 'zod';
import { isoDate } from './dates';
import { retentionLimits } from '../retention';
import { channel, type Channel } from './channel';
import { requestSchema } from './data-protection';

const id = z.string().min(1).max(64);
const page = { offset: z.number().int().min(0).max(10_000_000), limit: z.number().int().min(1).max(200) };

const wholeYears = (label: string, { min, max }: { min: number; max: number }) =>
  z
    .number()
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} can be at most ${max}.`);

export const retentionScheduleSchema = z.strictObject({
  clientYearsAfterLastContact: wholeYears('Years after the last contact', retentionLimits.clientYearsAfterLastContact),
  sendUntilAge: wholeYears('The birthday for clients with SEND', retentionLimits.sendUntilAge),
  disclosureLogYears: wholeYears('Years to keep disclosure log entries', retentionLimits.disclosureLogYears),
  auditLogYears: wholeYears('Years to keep audit log entries', retentionLimits.auditLogYears),
});

export const practiceDetailsSchema = z.strictObject({
  businessName: z.string().trim().max(150, 'Keep the business name under 150 characters.'),
  address: z.string().trim().max(500, 'Keep the address under 500 characters.'),
  icoRegistrationNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z0-9]{6,12})?$/, 'An ICO registration number is 6 to 12 letters and digits, such as ZA123456.'),
  dataProtectionContact: z.string().trim().max(300, 'Keep the contact details under 300 characters.'),
});
export type PracticeDetails = z.infer<typeof practiceDetailsSchema>;

const registerEntrySchema = requestSchema.omit({ createdAt: true }).extend({ clientName: z.string() });

const practiceDisclosureSchema = z.object({
  id: z.number().int(),
  /** null once the person has been erased. */
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  recipient: z.string(),
  disclosedOn: z.string(),
  what: z.string(),
  lawfulBasis: z.string(),
  isAnonymised: z.boolean(),
});

const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  action: z.string(),
  /** What the event recorded: ids, dates and reasons, never personal data. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

const dueClientSchema = z.object({
  clientId: id,
  name: z.string(),
  organisationName: z.string(),
  dateOfBirth: z.string().nullable(),
  hasSend: z.boolean(),
  lastContactOn: z.string(),
  endsOn: z.string(),
  rule: z.enum(['years-after-last-contact', 'send-birthday']),
  /** A client with SEND whose date of birth is not recorded: the birthday rule could not be applied. */
  isBirthdayUnknown: z.boolean(),
  /** The reason given last time the client was kept, if they are back for review. */
  lastKeptReason: z.string().nullable(),
});

const keptClientSchema = z.object({
  clientId: id,
  name: z.string(),
  reason: z.string(),
  decidedOn: z.string(),
  reviewOn: z.string(),
});

export const practiceRecordsChannels = {
  /** The whole register, open and closed requests, newest first. */
  'requests.all': channel({ input: z.strictObject({}), output: z.array(registerEntrySchema) }),
  'disclosures.practice': channel({
    input: z.strictObject({
      text: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      ...page,
    }),
    output: z.object({ total: z.number().int(), entries: z.array(practiceDisclosureSchema) }),
  }),
  'audit.list': channel({
    input: z.strictObject(page),
    output: z.object({ total: z.number().int(), events: z.array(auditEventSchema) }),
  }),
  'retention.schedule': channel({ input: z.strictObject({}), output: retentionScheduleSchema }),
  'retention.saveSchedule': channel({ input: retentionScheduleSchema, output: retentionScheduleSchema }),
  /** Clients past retention on a day (today unless given), leaving out those kept until a later review date. */
  'retention.review': channel({
    input: z.strictObject({ on: isoDate.optional(), ...page }),
    output: z.object({ on: z.string(), total: z.number().int(), clients: z.array(dueClientSchema) }),
  }),
  'retention.kept': channel({ input: z.strictObject({ on: isoDate.optional() }), output: z.array(keptClientSchema) }),
  'retention.keep': channel({
    input: z.strictObject({
      clientId: id,
      reason: z
        .string()
        .trim()
        .min(1, 'Say why the records are being kept.')
        .max(500, 'Keep the reason under 500 characters.'),
      reviewOn: isoDate,
      on: isoDate.optional(),
    }),
    output: keptClientSchema,
  }),
  'practice.details': channel({ input: z.strictObject({}), output: practiceDetailsSchema }),
  'practice.saveDetails': channel({ input: practiceDetailsSchema, output: practiceDetailsSchema }),
  'practice.document': channel({
    input: z.strictObject({ document: z.enum(['privacy-notice', 'record-of-processing']) }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
} satisfies Record<string, Channel>;
