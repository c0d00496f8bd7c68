// Channels for clients: the caseload list (filtered, sorted, a page at a
// time), one client's record, saving and correcting it, and moving them to
// another school.
import { z } from 'zod';
import { isoDate } from './dates';
import { planLanguages } from '../plan-language';
import { provisionLevels, referralSources, sendStatuses } from '../caseload';
import { channel } from './channel';
import { requiredText, text, yearGroup } from './fields';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);

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

export const clientsChannels = {
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
