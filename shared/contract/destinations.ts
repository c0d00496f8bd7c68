// Channels for a young person's destinations: where they intend to go, the
// September Guarantee offer they hold, and what they actually did, each a
// dated history coded with the NCCIS activity codes (shared/destinations).
import { z } from 'zod';
import { activityCode, currentCodeListVersion } from '../destinations/nccis-codes';
import { returnColumnKeys, returnDateFormats } from '../destinations/return-columns';
import { isoDate } from './dates';
import { channel, type Channel } from './channel';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const destinationLimits = { provider: 200, course: 200, level: 50, verifiedHow: 200 } as const;

/** A code from the list in use now; older records keep the list they were coded with. */
const nccisCode = z
  .string()
  .trim()
  .refine(
    (code) => activityCode(code, currentCodeListVersion) !== undefined,
    'Choose an activity from the list: that code is not one the local authority uses.',
  );

export const destinationSources = ['client', 'provider', 'local-authority'] as const;
export const destinationSourceLabels: Record<(typeof destinationSources)[number], string> = {
  client: 'The young person',
  provider: "The provider's confirmation",
  'local-authority': 'The local authority',
};

export const offerStatuses = ['offer-made', 'no-offer', 'offer-not-appropriate', 'not-recorded'] as const;
export type OfferStatus = (typeof offerStatuses)[number];
export const offerStatusLabels: Record<OfferStatus, string> = {
  'offer-made': 'Offer made',
  'no-offer': 'No offer',
  'offer-not-appropriate': 'Offer not appropriate',
  'not-recorded': 'Not recorded',
};

export const intendedDestinationInputSchema = z.strictObject({
  clientId: id,
  recordedOn: isoDate,
  code: nccisCode,
  provider: text(destinationLimits.provider, 'The provider or employer'),
  course: text(destinationLimits.course, 'The course or role'),
  level: text(destinationLimits.level, 'The level'),
  source: z.enum(destinationSources),
  /** The interview it was recorded at, when recorded there. */
  interviewId: id.nullable().default(null),
});
export type IntendedDestinationInput = z.input<typeof intendedDestinationInputSchema>;

export const guaranteeOfferInputSchema = z.strictObject({
  clientId: id,
  yearGroup: z.union([z.literal(11), z.literal(12)], { error: 'The September Guarantee is for Year 11 and Year 12.' }),
  status: z.enum(offerStatuses),
  provider: text(destinationLimits.provider, 'The provider'),
  recordedOn: isoDate,
});
export type GuaranteeOfferInput = z.input<typeof guaranteeOfferInputSchema>;

export const activityInputSchema = z.strictObject({
  clientId: id,
  code: nccisCode,
  provider: text(destinationLimits.provider, 'The provider or employer'),
  startsOn: isoDate.nullable(),
  verifiedOn: isoDate.nullable(),
  verifiedHow: text(destinationLimits.verifiedHow, 'How it was confirmed'),
});
export type ActivityInput = z.input<typeof activityInputSchema>;

const codedEntry = { id, code: z.string(), codeListVersion: z.string(), description: z.string() };
export const intendedDestinationSchema = z.object({
  ...codedEntry,
  recordedOn: z.string(),
  provider: z.string(),
  course: z.string(),
  level: z.string(),
  source: z.enum(destinationSources),
  interviewId: z.string().nullable(),
});
export type IntendedDestination = z.infer<typeof intendedDestinationSchema>;
export const guaranteeOfferSchema = z.object({
  id,
  yearGroup: z.number().int(),
  status: z.enum(offerStatuses),
  provider: z.string(),
  recordedOn: z.string(),
});
export type GuaranteeOffer = z.infer<typeof guaranteeOfferSchema>;
export const activitySchema = z.object({
  ...codedEntry,
  provider: z.string(),
  startsOn: z.string().nullable(),
  verifiedOn: z.string().nullable(),
  verifiedHow: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;

export const clientDestinationsSchema = z.object({
  clientId: id,
  /** Newest first. */
  intended: z.array(intendedDestinationSchema),
  offers: z.array(guaranteeOfferSchema),
  activities: z.array(activitySchema),
  /** What interviews recorded as free text before destinations were coded, kept and shown as written. */
  writtenAtInterviews: z.array(z.object({ interviewId: id, heldOn: z.string(), text: z.string() })),
  /** The academic year (its first calendar year) the client left school, or null while on roll. */
  leftInYear: z.number().int().nullable(),
});
export type ClientDestinations = z.infer<typeof clientDestinationsSchema>;

export const destinationEntryKinds = ['intended', 'offer', 'activity'] as const;

/** The priority groups the careers leader and the local authority ask about. */
export const priorityGroups = ['send', 'pupil-premium', 'looked-after', 'young-carer', 'eal', 'neet-risk'] as const;
export type PriorityGroup = (typeof priorityGroups)[number];
export const priorityGroupLabels: Record<PriorityGroup, string> = {
  send: 'SEN support or EHC plan',
  'pupil-premium': 'Pupil premium',
  'looked-after': 'Looked after',
  'young-carer': 'Young carer',
  eal: 'English as an additional language',
  'neet-risk': 'At risk of NEET',
};

/** Where a pupil stands, in the order the careers leader works through them. */
export const destinationStates = ['not-asked', 'intended', 'offer', 'in-activity', 'neet', 'not-known'] as const;
export type DestinationState = (typeof destinationStates)[number];

const schoolPupilSchema = z.object({
  clientId: id,
  name: z.string(),
  yearGroup: z.number().int().nullable(),
  tutorGroup: z.string(),
  leftInYear: z.number().int().nullable(),
  priorityGroups: z.array(z.enum(priorityGroups)),
  intended: z
    .object({ code: z.string(), description: z.string(), provider: z.string(), recordedOn: z.string() })
    .nullable(),
  offer: z.object({ status: z.enum(offerStatuses), provider: z.string(), recordedOn: z.string() }).nullable(),
  activity: z
    .object({ code: z.string(), description: z.string(), provider: z.string(), startsOn: z.string().nullable() })
    .nullable(),
  state: z.enum(destinationStates),
});
export type SchoolDestinationPupil = z.infer<typeof schoolPupilSchema>;

export const returnMappingSchema = z.strictObject({
  columns: z
    .array(
      z.strictObject({
        key: z.enum(returnColumnKeys, {
          error: (issue) => `The mapping names a column Waymark does not have: ${String(issue.input)}.`,
        }),
        header: z
          .string()
          .trim()
          .min(1, 'Give each column a heading.')
          .max(100, 'A column heading can be at most 100 characters.'),
      }),
    )
    .min(1, 'Choose at least one column.')
    .max(returnColumnKeys.length * 2),
  dateFormat: z.enum(returnDateFormats),
});

const cohort = z
  .number()
  .int()
  .min(2000, 'Give the cohort as the year they were in Year 11, such as 2026.')
  .max(2100, 'Give the cohort as the year they were in Year 11, such as 2026.');
const excludedSchema = z.object({ clientId: id, name: z.string(), reason: z.string() });

export const destinationsChannels = {
  'destinations.forClient': channel({ input: z.strictObject({ clientId: id }), output: clientDestinationsSchema }),
  'destinations.recordIntended': channel({ input: intendedDestinationInputSchema, output: clientDestinationsSchema }),
  'destinations.recordOffer': channel({ input: guaranteeOfferInputSchema, output: clientDestinationsSchema }),
  'destinations.recordActivity': channel({ input: activityInputSchema, output: clientDestinationsSchema }),
  /** Takes out an entry recorded in error; the history is otherwise never rewritten. */
  'destinations.remove': channel({
    input: z.strictObject({ clientId: id, kind: z.enum(destinationEntryKinds), id }),
    output: clientDestinationsSchema,
  }),
  /** Marks the client as having left school in an academic year (2026 for 2026 to 2027), or back on roll with null. */
  'destinations.setLeft': channel({
    input: z.strictObject({
      clientId: id,
      leftInYear: z
        .number()
        .int()
        .min(2000, 'Give the year they left, such as 2026.')
        .max(2100, 'Give the year they left, such as 2026.')
        .nullable(),
    }),
    output: clientDestinationsSchema,
  }),
  /** One school's pupils and where each stands, for a year group (or all) and a priority group (or all). */
  'destinations.forOrganisation': channel({
    input: z.strictObject({
      organisationId: id,
      yearGroup: z.number().int().min(0).max(14).nullable(),
      priorityGroup: z.enum(priorityGroups).nullable(),
      includeLeavers: z.boolean().default(true),
    }),
    output: z.object({
      pupils: z.array(schoolPupilSchema),
      counts: z.record(z.enum(destinationStates), z.number().int()),
    }),
  }),
  /** The column mappings saved for each local authority, by the name the adviser gave. */
  'destinations.returnMappings': channel({
    input: z.strictObject({}),
    output: z.array(z.object({ name: z.string(), mapping: returnMappingSchema })),
  }),
  'destinations.saveReturnMapping': channel({
    input: z.strictObject({
      name: z
        .string()
        .trim()
        .min(1, 'Name the mapping, such as the local authority it is for.')
        .max(100, 'Keep the name under 100 characters.'),
      mapping: returnMappingSchema,
    }),
    output: z.array(z.object({ name: z.string(), mapping: returnMappingSchema })),
  }),
  /** Who would be in a cohort's return, and who is left out and why, before anything leaves. */
  'destinations.previewReturn': channel({
    input: z.strictObject({ organisationId: id, cohort }),
    output: z.object({ cohort: z.number().int(), included: z.number().int(), excluded: z.array(excludedSchema) }),
  }),
  /** The return as a CSV: only clients whose consent covers destination returns, each logged as a disclosure to the local authority. */
  'destinations.exportReturn': channel({
    input: z.strictObject({
      organisationId: id,
      cohort,
      mapping: returnMappingSchema,
      recipient: z
        .string()
        .trim()
        .min(1, 'Name the local authority the return goes to.')
        .max(200, 'Keep the name under 200 characters.'),
    }),
    output: z.object({
      fileName: z.string(),
      dataBase64: z.string(),
      included: z.number().int(),
      excluded: z.array(excludedSchema),
    }),
  }),
} satisfies Record<string, Channel>;
