// Channels for retention: the schedule in force, the clients past it, and the
// decisions to keep a client's records until a later review.
import { z } from 'zod';
import { isoDate } from './dates';
import { retentionLimits } from '../retention';
import { channel } from './channel';
import { page } from './page';

const id = z.string().min(1).max(64);

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

export const retentionChannels = {
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
};
