// The handover file: one client's records and history as versioned JSON, for
// another Waymark vault (see docs/handover-format.md). Everything read from a
// file is checked against this schema before anything is written. Version 2
// added contacts, group sessions attended, safeguarding records (only when the
// adviser chose to include them) and who gave consent; version 3 added
// destinations, offers, activities and self-ratings. Earlier files are still
// read, as version 3 files with none of what they lacked.
import { z } from 'zod';
import {
  provisionLevels,
  organisationKinds,
  referralSources,
  sendStatuses,
  yearGroupRange,
} from '../../../shared/caseload';
import { consentPurposes } from '../../../shared/consent';
import { planLanguages } from '../../../shared/plan-language';
import { interviewModes } from '../../../shared/guidance-models';
import { groupSessionKinds, groupSessionLimits } from '../../../shared/contract/group-sessions';
import { contactLimits } from '../../../shared/contract/contacts';
import { planContentSchema } from '../../../shared/contract/plans';
import { safeguardingLimits } from '../../../shared/contract/safeguarding';
import { destinationLimits, destinationSources, offerStatuses } from '../../../shared/contract/destinations';
import { templateStageSchema } from '../../../shared/contract/templates';
import {
  attachmentMaxBytes,
  attachmentMediaTypes,
  fieldLimits,
  stageNotesMaxCharacters,
} from '../../../shared/contract/limits';

export const handoverFormat = 'waymark-handover';
/** The version this Waymark writes; it reads this and every earlier one. */
export const handoverFormatVersion = 3;

const id = z.string().min(1).max(64);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().min(1).max(40);
const text = (max: number) => z.string().max(max);
/** Base64 of at most the largest picture Waymark keeps. */
const base64 = z
  .string()
  .max(Math.ceil(attachmentMaxBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

const picture = z.strictObject({
  id,
  fileName: text(255).min(1),
  mediaType: z.enum(attachmentMediaTypes),
  createdAt: instant,
  dataBase64: base64,
});

const clientSchema = z.strictObject({
  id,
  organisationRef: id,
  surname: text(fieldLimits.name).min(1),
  forename: text(fieldLimits.name).min(1),
  preferredName: text(fieldLimits.name),
  dateOfBirth: isoDate.nullable(),
  yearGroup: z.number().int().min(yearGroupRange.min).max(yearGroupRange.max).nullable(),
  tutorGroup: text(fieldLimits.shortText),
  upn: text(fieldLimits.upn),
  keyWorker: text(fieldLimits.name),
  sendStatus: z.enum(sendStatuses),
  hasPupilPremium: z.boolean(),
  isAtRiskOfNeet: z.boolean(),
  // Added in Waymark's outcomes release; a file from before it has none of them.
  isLookedAfter: z.boolean().default(false),
  isYoungCarer: z.boolean().default(false),
  hasEnglishAsAdditionalLanguage: z.boolean().default(false),
  postcode: text(fieldLimits.postcode).default(''),
  leftInYear: z.number().int().min(1990).max(2200).nullable().default(null),
  provisionLevel: z.enum(provisionLevels),
  referralSource: z.enum(referralSources).nullable(),
  email: text(fieldLimits.email),
  phone: text(fieldLimits.phone),
  aboutMe: text(fieldLimits.aboutMe),
  reviewDueOn: isoDate.nullable(),
  // Added with plans in Welsh and the dyslexia-friendly style; a file from before them reads as English, standard style.
  planLanguage: z.enum(planLanguages).default('en'),
  isDyslexiaFriendly: z.boolean().default(false),
  createdAt: instant,
  updatedAt: instant,
});

const organisationSchema = z.strictObject({
  ref: id,
  name: text(fieldLimits.organisationName).min(1),
  kind: z.enum(organisationKinds),
  address: text(fieldLimits.address),
});

const consentSchema = z.strictObject({
  id,
  hasExplainedConfidentiality: z.boolean(),
  agreements: z.partialRecord(z.enum(consentPurposes), z.boolean()),
  givenBy: z.enum(['client', 'parent-carer']),
  givenOn: isoDate,
  method: z.enum(['verbal', 'written']),
  withdrawnOn: isoDate.nullable(),
  withdrawalNote: text(2_000),
  createdAt: instant,
});

const interviewSchema = z.strictObject({
  id,
  organisationRef: id.nullable(),
  heldOn: isoDate,
  startsAt: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  durationMinutes: z.number().int().min(0).max(1_440),
  mode: z.enum(interviewModes),
  place: text(300),
  templateId: id.nullable(),
  templateName: text(200),
  templateVersion: z.number().int().min(0).max(100_000),
  templateStages: z.array(templateStageSchema).max(12),
  competencies: z.array(z.number().int().min(1).max(11)).max(11),
  /** Whose competencies the numbers are; files from before the choice existed hold the Blueprint's. */
  competencyFramework: z.enum(['blueprint', 'cdi']).default('blueprint'),
  techniques: z.array(text(100)).max(20),
  intendedDestination: text(300),
  referralMade: text(300),
  provisionLevelSet: z.enum(provisionLevels).nullable(),
  followUpOn: isoDate.nullable(),
  isFinished: z.boolean(),
  createdAt: instant,
  updatedAt: instant.nullable(),
  notes: z
    .array(
      z.strictObject({
        stageIndex: z.number().int().min(0).max(11),
        text: text(stageNotesMaxCharacters),
        savedAt: instant,
      }),
    )
    .max(12),
  scores: z.array(z.strictObject({ label: text(60), score: z.number().int().min(1).max(10) })).max(10),
  actions: z
    .array(z.strictObject({ id, text: text(1_000), owner: text(200), dueOn: isoDate.nullable(), createdAt: instant }))
    .max(100),
  attachments: z.array(picture).max(50),
});

const planSchema = z.strictObject({
  id,
  sourceInterviewId: id.nullable(),
  draft: planContentSchema,
  hasUnfinalisedChanges: z.boolean(),
  createdAt: instant,
  updatedAt: instant,
  versions: z
    .array(
      z.strictObject({
        number: z.number().int().min(1),
        content: planContentSchema,
        interviewId: id.nullable(),
        finalisedAt: instant,
      }),
    )
    .max(500),
  images: z.array(picture).max(50),
});

/** Version 1 of the handover file. A new version gets a new schema; old files stay readable. */
export const handoverFileV1Schema = z.strictObject({
  format: z.literal(handoverFormat),
  formatVersion: z.literal(1),
  handoverId: z.uuid(),
  exportedAt: instant,
  recipient: text(200),
  client: clientSchema,
  organisations: z.array(organisationSchema).min(1).max(100),
  organisationHistory: z
    .array(z.strictObject({ organisationRef: id, fromDate: isoDate, toDate: isoDate.nullable() }))
    .max(1_000),
  provisionHistory: z.array(z.strictObject({ level: z.enum(provisionLevels), changedOn: isoDate })).max(1_000),
  corrections: z.array(z.strictObject({ field: text(60), changedAt: instant, reason: text(500) })).max(5_000),
  consents: z.array(consentSchema).max(1_000),
  interviews: z.array(interviewSchema).max(2_000),
  plan: planSchema.nullable(),
});

const contactSchema = z.strictObject({
  id,
  name: text(fieldLimits.name).min(1),
  relationship: text(contactLimits.relationship),
  phone: text(fieldLimits.phone),
  email: text(fieldLimits.email),
  hasParentalResponsibility: z.boolean(),
  contactPreferences: text(contactLimits.contactPreferences),
  createdAt: instant,
  updatedAt: instant,
});

/** Attendance only: a session's notes are about the whole group and may name other pupils. */
const groupSessionSchema = z.strictObject({
  organisationRef: id,
  heldOn: isoDate,
  kind: z.enum(groupSessionKinds),
  title: text(groupSessionLimits.title),
  minutes: z.number().int().min(1).max(groupSessionLimits.minutes).nullable(),
});

const safeguardingConcernSchema = z.strictObject({
  id,
  raisedOn: isoDate,
  whatHappened: text(safeguardingLimits.whatHappened).min(1),
  reportedTo: text(safeguardingLimits.reportedTo),
  reportedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/)
    .nullable(),
  reference: text(safeguardingLimits.reference),
  createdAt: instant,
  updatedAt: instant,
});

/** Version 2: version 1 plus contacts, who gave consent, group sessions attended and (by choice) safeguarding records. */
export const handoverFileV2Schema = handoverFileV1Schema.extend({
  formatVersion: z.literal(2),
  consents: z.array(consentSchema.extend({ givenByContactId: id.nullable() })).max(1_000),
  contacts: z.array(contactSchema).max(100),
  groupSessions: z.array(groupSessionSchema).max(5_000),
  /** isIncluded false: the sending adviser left safeguarding records out (the default), so none says nothing. */
  safeguarding: z.strictObject({ isIncluded: z.boolean(), concerns: z.array(safeguardingConcernSchema).max(1_000) }),
});

const nccisCode = text(10).min(1);
const codeListVersion = text(20).min(1);
const intendedDestinationSchema = z.strictObject({
  id,
  recordedOn: isoDate,
  code: nccisCode,
  codeListVersion,
  provider: text(destinationLimits.provider),
  course: text(destinationLimits.course),
  level: text(destinationLimits.level),
  source: z.enum(destinationSources),
  /** The interview it was recorded at: one of this file's interviews, or null. */
  interviewId: id.nullable(),
  createdAt: instant,
});
const guaranteeOfferSchema = z.strictObject({
  id,
  yearGroup: z.number().int().min(11).max(12),
  status: z.enum(offerStatuses),
  provider: text(destinationLimits.provider),
  recordedOn: isoDate,
  createdAt: instant,
});
const activitySchema = z.strictObject({
  id,
  code: nccisCode,
  codeListVersion,
  provider: text(destinationLimits.provider),
  startsOn: isoDate.nullable(),
  verifiedOn: isoDate.nullable(),
  verifiedHow: text(destinationLimits.verifiedHow),
  createdAt: instant,
});
const ratingSchema = z.strictObject({
  id,
  ratedOn: isoDate,
  framework: z.enum(['blueprint', 'cdi', 'scaling']),
  competency: text(300).min(1),
  scale: z.enum(['levels-1-4', 'scaling-1-10']),
  rating: z.number().int().min(0).max(10),
  source: z.enum(['interview', 'self-assessment']),
  interviewId: id.nullable(),
  createdAt: instant,
});

/** Version 3: version 2 plus intended destinations, September Guarantee offers, activities and self-ratings. */
export const handoverFileSchema = handoverFileV2Schema.extend({
  formatVersion: z.literal(3),
  outcomes: z.strictObject({
    intended: z.array(intendedDestinationSchema).max(1_000),
    offers: z.array(guaranteeOfferSchema).max(100),
    activities: z.array(activitySchema).max(1_000),
    ratings: z.array(ratingSchema).max(10_000),
  }),
});

export type HandoverFileV1 = z.infer<typeof handoverFileV1Schema>;
export type HandoverFileV2 = z.infer<typeof handoverFileV2Schema>;
export type HandoverFile = z.infer<typeof handoverFileSchema>;
export type HandoverInterview = HandoverFile['interviews'][number];
export type HandoverPlan = NonNullable<HandoverFile['plan']>;
