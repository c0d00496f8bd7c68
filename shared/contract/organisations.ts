// Channels for organisations: the schools and colleges an adviser works for,
// their contacts and safeguarding leads, the agreement and what it has used.
import { z } from 'zod';
import { isoDate } from './dates';
import { boughtUnits } from '../agreement-delivery';
import { contactRoles, organisationKinds, services } from '../caseload';
import { channel } from './channel';
import { requiredText, text } from './fields';
import { fieldLimits } from './limits';
import { safeguardingLeadsSchema } from './safeguarding';

const id = z.string().min(1).max(64);

export const contactSchema = z.strictObject({
  role: z.enum(contactRoles),
  name: text(fieldLimits.name, 'A contact name'),
  email: text(fieldLimits.email, 'An email address'),
  phone: text(fieldLimits.phone, 'A phone number'),
});

export const agreementSchema = z.strictObject({
  services: z.array(z.enum(services)).max(services.length),
  hoursPerYear: z.number().min(0).max(5_000).nullable(),
  daysPerYear: z.number().min(0).max(366).nullable(),
  /** What was bought in the unit it was bought in (12 days; 80 interviews); the diary's time is measured in it. */
  boughtUnit: z.enum(boughtUnits).nullable().default(null),
  boughtQuantity: z
    .number()
    .min(0, 'What was bought cannot be less than nothing.')
    .max(5_000, 'That is more than a year holds; check the number bought.')
    .nullable()
    .default(null),
  hoursPerDay: z.number().min(1, 'A day is at least an hour.').max(12, 'A day is at most 12 hours.').default(6),
  doesNonAttendanceCount: z.boolean().default(true),
  ratePence: z.number().int().min(0).max(100_000_000).nullable(),
  rateUnit: z.enum(boughtUnits).nullable(),
  paymentDays: z
    .number()
    .int()
    .min(0, 'Give the days to pay as a whole number.')
    .max(120, 'Payment terms can be at most 120 days.')
    .default(30),
  billingName: text(fieldLimits.organisationName, 'The billing name').default(''),
  billingAddress: text(fieldLimits.address, 'The billing address').default(''),
  purchaseOrder: text(100, 'The purchase order number').default(''),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
});

export const organisationInputSchema = z.strictObject({
  id: id.optional(),
  name: requiredText(fieldLimits.organisationName, 'The name'),
  kind: z.enum(organisationKinds),
  address: text(fieldLimits.address, 'The address'),
  /** The school's unique reference number (six digits), for the local authority's returns; left as it is when absent. */
  urn: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, 'A URN is six digits, such as 108123. Leave it blank if you do not know it.')
    .optional(),
  contacts: z.array(contactSchema).max(20),
  agreement: agreementSchema.nullable(),
  /** The designated safeguarding lead and deputy; left as they are when absent (a roll import names only the school). */
  safeguarding: safeguardingLeadsSchema.optional(),
});

export const organisationSummarySchema = z.object({
  id,
  name: z.string(),
  kind: z.enum(organisationKinds),
  isArchived: z.boolean(),
  clientCount: z.number().int(),
  /** The agreement's dates, for its status ("Ended 31 July 2026"); null when none is recorded. */
  agreement: z.object({ startsOn: isoDate.nullable(), endsOn: isoDate.nullable() }).nullable(),
});

export const organisationSchema = organisationSummarySchema.extend({
  address: z.string(),
  urn: z.string(),
  contacts: z.array(contactSchema),
  agreement: agreementSchema.nullable(),
  safeguarding: safeguardingLeadsSchema,
  archivedAt: z.string().nullable(),
});

const yearGroupCoverage = z.object({
  yearGroup: z.number().int().nullable(),
  pupils: z.number().int(),
  seenThisYear: z.number().int(),
  seenEver: z.number().int(),
});

export const overviewSchema = z.object({
  organisationId: id,
  academicYear: z.string(),
  yearGroups: z.array(yearGroupCoverage),
  benchmark8: z.array(
    z.object({
      yearGroup: z.number().int(),
      interviewsNeeded: z.number().int(),
      pupils: z.number().int(),
      met: z.number().int(),
      /** The pupils of this year group still to be seen for Benchmark 8, by name. */
      waiting: z.array(z.object({ id, name: z.string(), tutorGroup: z.string() })),
    }),
  ),
  notSeen: z.array(z.object({ id, name: z.string(), yearGroup: z.number().int().nullable(), tutorGroup: z.string() })),
  /** Interviews and group sessions recorded this academic year, in hours, whether or not the diary holds them. */
  hoursRecorded: z.number(),
  /** The agreement this academic year (within its own dates): bought, used, booked and left in the unit bought, from the diary. */
  delivery: z.object({
    hasAgreement: z.boolean(),
    /** The days measured: the academic year, within the agreement's dates; from after to when they do not meet. */
    from: isoDate,
    to: isoDate,
    unit: z.enum(boughtUnits),
    bought: z.number().nullable(),
    used: z.number(),
    booked: z.number(),
    left: z.number().nullable(),
    warning: z.enum(['none', 'nearly', 'all', 'over']),
  }),
});

export const organisationsChannels = {
  'organisations.list': channel({
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.array(organisationSummarySchema),
  }),
  'organisations.get': channel({ input: z.strictObject({ id }), output: organisationSchema }),
  'organisations.save': channel({ input: organisationInputSchema, output: organisationSchema }),
  'organisations.endAgreement': channel({ input: z.strictObject({ id, endsOn: isoDate }), output: organisationSchema }),
  'organisations.overview': channel({ input: z.strictObject({ id, on: isoDate.optional() }), output: overviewSchema }),
};
