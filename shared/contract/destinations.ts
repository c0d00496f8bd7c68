// Channels for a young person's destinations: where they intend to go, the
// September Guarantee offer they hold, and what they actually did, each a
// dated history coded with the NCCIS activity codes (shared/destinations).
import { z } from 'zod';
import { activityCode, currentCodeListVersion } from '../destinations/nccis-codes';
import { isoDate } from './dates';
import { channel, type Channel } from './channel';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const destinationLimits = { provider: 200, course: 200, level: 50, verifiedHow: 200 } as const;

/** A code from the list in use now; older records keep the list they were coded with. */
const nccisCode = z
  .string()
  .trim()
  .refine((code) => activityCode(code, currentCodeListVersion) !== undefined, 'Choose an activity from the list: that code is not one the local authority uses.');

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
export const guaranteeOfferSchema = z.object({ id, yearGroup: z.number().int(), status: z.enum(offerStatuses), provider: z.string(), recordedOn: z.string() });
export type GuaranteeOffer = z.infer<typeof guaranteeOfferSchema>;
export const activitySchema = z.object({ ...codedEntry, provider: z.string(), startsOn: z.string().nullable(), verifiedOn: z.string().nullable(), verifiedHow: z.string() });
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

export const destinationsChannels = {
  'destinations.forClient': channel({ input: z.strictObject({ clientId: id }), output: clientDestinationsSchema }),
  'destinations.recordIntended': channel({ input: intendedDestinationInputSchema, output: clientDestinationsSchema }),
  'destinations.recordOffer': channel({ input: guaranteeOfferInputSchema, output: clientDestinationsSchema }),
  'destinations.recordActivity': channel({ input: activityInputSchema, output: clientDestinationsSchema }),
  /** Takes out an entry recorded in error; the history is otherwise never rewritten. */
  'destinations.remove': channel({ input: z.strictObject({ clientId: id, kind: z.enum(destinationEntryKinds), id }), output: clientDestinationsSchema }),
  /** Marks the client as having left school in an academic year (2026 for 2026 to 2027), or back on roll with null. */
  'destinations.setLeft': channel({
    input: z.strictObject({ clientId: id, leftInYear: z.number().int().min(2000, 'Give the year they left, such as 2026.').max(2100, 'Give the year they left, such as 2026.').nullable() }),
    output: clientDestinationsSchema,
  }),
} satisfies Record<string, Channel>;
