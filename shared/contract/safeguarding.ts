// Channels for safeguarding: concerns recorded on a client (what was said or
// seen, and when and to whom it was reported), and each organisation's
// designated safeguarding lead and deputy, shown when a concern is added.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel, type Channel } from './channel';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const safeguardingLimits = { whatHappened: 20_000, reportedTo: 200, reference: fieldLimits.reference } as const;

const person = (role: string) =>
  z.strictObject({
    name: text(fieldLimits.name, `The ${role}'s name`),
    phone: text(fieldLimits.phone, `The ${role}'s phone number`),
    email: text(fieldLimits.email, `The ${role}'s email address`),
  });

/** The designated safeguarding lead (DSL) and deputy of one organisation; blank fields when not yet known. */
export const safeguardingLeadsSchema = z.strictObject({
  lead: person('safeguarding lead'),
  deputy: person('deputy safeguarding lead'),
});
export type SafeguardingLeads = z.infer<typeof safeguardingLeadsSchema>;

export const noSafeguardingLeads: SafeguardingLeads = {
  lead: { name: '', phone: '', email: '' },
  deputy: { name: '', phone: '', email: '' },
};

export const safeguardingConcernInputSchema = z.strictObject({
  /** Absent when recording a new concern. */
  id: id.optional(),
  clientId: id,
  raisedOn: isoDate,
  whatHappened: text(safeguardingLimits.whatHappened, 'What was said or seen').min(
    1,
    'Write down what was said or seen, in the words used where you can.',
  ),
  reportedTo: text(safeguardingLimits.reportedTo, 'Who it was reported to'),
  /** A day, or a day and a time (YYYY-MM-DDTHH:MM); null until it is reported. */
  reportedAt: z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/,
      'Use a date such as 2026-03-12, with a time such as 14:30 if you have it.',
    )
    .nullable(),
  reference: text(safeguardingLimits.reference, 'The reference'),
});
export type SafeguardingConcernInput = z.infer<typeof safeguardingConcernInputSchema>;

export const safeguardingConcernSchema = z.object({
  id,
  clientId: id,
  raisedOn: z.string(),
  whatHappened: z.string(),
  reportedTo: z.string(),
  reportedAt: z.string().nullable(),
  reference: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SafeguardingConcern = z.infer<typeof safeguardingConcernSchema>;

export const safeguardingChannels = {
  /** A client's concerns, newest first, and whom to report to at their organisation. */
  'safeguarding.forClient': channel({
    input: z.strictObject({ clientId: id }),
    output: z.object({
      concerns: z.array(safeguardingConcernSchema),
      organisation: z.object({ id, name: z.string(), leads: safeguardingLeadsSchema }),
    }),
  }),
  /** Records a concern, or adds to one (who it was reported to, the reference) when id is given. */
  'safeguarding.save': channel({ input: safeguardingConcernInputSchema, output: safeguardingConcernSchema }),
} satisfies Record<string, Channel>;
