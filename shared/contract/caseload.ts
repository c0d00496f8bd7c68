// Channels for organisations, agreements, adviser checks, reminders and clients.
import { z } from 'zod';
import { isoDate } from './dates';
import { boughtUnits } from '../agreement-delivery';
import { planLanguages } from '../plan-language';
import {
  adviserCheckKinds,
  contactRoles,
  organisationKinds,
  provisionLevels,
  referralSources,
  sendStatuses,
  services,
  yearGroupRange,
} from '../caseload';
import { channel } from './channel';
import { fieldLimits } from './limits';
import { safeguardingLeadsSchema } from './safeguarding';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);
const requiredText = (max: number, label: string) => text(max, label).min(1, `${label} is required.`);
const yearGroup = z.number().int().min(yearGroupRange.min).max(yearGroupRange.max).nullable();

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

export const adviserCheckSchema = z.strictObject({
  kind: z.enum(adviserCheckKinds),
  reference: text(fieldLimits.reference, 'The reference'),
  checkedOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
});

/** Why a client's details were corrected: a sentence, kept in the rectification log. */
export const correctionReasonMaxLength = 500;

export const clientFieldsSchema = z.strictObject({
  organisationId: id,
  surname: requiredText(fieldLimits.name, 'The surname'),
  forename: requiredText(fieldLimits.name, 'The forename'),
  preferredName: text(fieldLimits.name, 'The preferred name'),
  dateOfBirth: isoDate.nullable(),
  yearGroup,
  tutorGroup: text(fieldLimits.shortText, 'The tutor group'),
  upn: text(fieldLimits.upn, 'The UPN or reference'),
  keyWorker: text(fieldLimits.name, 'The key worker'),
  sendStatus: z.enum(sendStatuses),
  hasPupilPremium: z.boolean(),
  isAtRiskOfNeet: z.boolean(),
  /** Priority groups the careers leader and the local authority ask about; older callers may leave them out. */
  isLookedAfter: z.boolean().default(false),
  isYoungCarer: z.boolean().default(false),
  hasEnglishAsAdditionalLanguage: z.boolean().default(false),
  postcode: text(fieldLimits.postcode, 'The postcode').default(''),
  provisionLevel: z.enum(provisionLevels),
  referralSource: z.enum(referralSources).nullable(),
  email: text(fieldLimits.email, 'The email address'),
  phone: text(fieldLimits.phone, 'The phone number'),
  aboutMe: text(fieldLimits.aboutMe, '"About me"'),
  reviewDueOn: isoDate.nullable(),
  /** How their plans are written and set out; older callers may leave them out (English, standard style). */
  planLanguage: z.enum(planLanguages, { error: 'Choose English, Welsh, or both.' }).default('en'),
  isDyslexiaFriendly: z.boolean().default(false),
});
export type ClientFields = z.infer<typeof clientFieldsSchema>;

export const clientRowSchema = z.object({
  id,
  surname: z.string(),
  forename: z.string(),
  preferredName: z.string(),
  dateOfBirth: z.string().nullable(),
  organisationId: id,
  organisationName: z.string(),
  yearGroup: z.number().int().nullable(),
  tutorGroup: z.string(),
  upn: z.string(),
  sendStatus: z.enum(sendStatuses),
  provisionLevel: z.enum(provisionLevels),
  lastSeenOn: z.string().nullable(),
  reviewDueOn: z.string().nullable(),
});
export type ClientRow = z.infer<typeof clientRowSchema>;

export const clientSchema = clientFieldsSchema.extend({
  id,
  organisationName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  provisionHistory: z.array(z.object({ level: z.enum(provisionLevels), changedOn: z.string() })),
  organisationHistory: z.array(
    z.object({ organisationId: id, organisationName: z.string(), fromDate: z.string(), toDate: z.string().nullable() }),
  ),
  /** Rectifications: which field was corrected, when and why (never the old value). */
  corrections: z.array(z.object({ field: z.string(), changedAt: z.string(), reason: z.string() })),
  timeline: z.array(z.object({ kind: z.string(), on: z.string(), title: z.string(), detail: z.string() })),
  /** The academic year (its first calendar year) they left school; null while on roll. */
  leftInYear: z.number().int().nullable(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientFilterSchema = z.strictObject({
  organisationId: id.optional(),
  yearGroup: yearGroup.optional(),
  provisionLevel: z.enum(provisionLevels).optional(),
  sendStatus: z.enum(sendStatuses).optional(),
  seenThisYear: z.boolean().optional(),
  isReviewDue: z.boolean().optional(),
  hasPupilPremium: z.boolean().optional(),
  /** false: Year 11 and 13 pupils with fewer guidance interviews than Benchmark 8 asks for. */
  isBenchmark8Met: z.boolean().optional(),
  includeArchived: z.boolean().optional(),
});
export type ClientFilter = z.infer<typeof clientFilterSchema>;

export const clientSorts = ['surname', 'yearGroup', 'lastSeen', 'reviewDue'] as const;

export const caseloadChannels = {
  'organisations.list': channel({
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.array(organisationSummarySchema),
  }),
  'organisations.get': channel({ input: z.strictObject({ id }), output: organisationSchema }),
  'organisations.save': channel({ input: organisationInputSchema, output: organisationSchema }),
  'organisations.endAgreement': channel({ input: z.strictObject({ id, endsOn: isoDate }), output: organisationSchema }),
  'organisations.overview': channel({ input: z.strictObject({ id, on: isoDate.optional() }), output: overviewSchema }),
  'adviserChecks.list': channel({ input: z.strictObject({}), output: z.array(adviserCheckSchema) }),
  'adviserChecks.save': channel({ input: adviserCheckSchema, output: z.array(adviserCheckSchema) }),
  'home.reminders': channel({
    input: z.strictObject({ on: isoDate.optional() }),
    output: z.array(z.object({ kind: z.string(), title: z.string(), dueOn: z.string(), isOverdue: z.boolean() })),
  }),
  'clients.list': channel({
    input: z.strictObject({
      filter: clientFilterSchema,
      sort: z.enum(clientSorts),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(500),
      on: isoDate.optional(),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(clientRowSchema) }),
  }),
  'clients.get': channel({ input: z.strictObject({ id }), output: clientSchema }),
  'clients.save': channel({
    input: clientFieldsSchema.extend({
      id: id.optional(),
      correctionReason: text(correctionReasonMaxLength, 'The reason for the correction').optional(),
    }),
    output: clientSchema,
  }),
  'clients.move': channel({
    input: z.strictObject({ id, organisationId: id, yearGroup: yearGroup.optional(), on: isoDate.optional() }),
    output: clientSchema,
  }),
};
