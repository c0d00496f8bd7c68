// Channels for client-owned action plans: the working draft, finalised
// versions, review at a later interview, images, and DOCX export.
import { z } from 'zod';
import { isoDate } from './dates';
import { actionStatuses, isWebLink, ownerKinds, sectionSetIds, type PlanContent } from '../action-plans';
import { channel } from './channel';
import { folderPath } from './files';
import { planLanguages } from '../plan-language';
import { attachmentMaxBytes, attachmentMaxBytesLabel } from './limits';
import { planSharingPurposes } from './sharing';

const id = z.string().min(1).max(64);
const text = (label: string, max: number) =>
  z.string().max(max, `${label} can be at most ${max.toLocaleString('en-GB')} characters.`);

export const planLinkSchema = z.strictObject({
  title: text('A link title', 200),
  url: z
    .string()
    .max(2_000, 'That link is too long.')
    .refine(isWebLink, 'Links must be web addresses starting with http:// or https://.'),
});

export const planActionSchema = z.strictObject({
  id,
  text: text('An action', 1_000),
  owner: z.strictObject({ kind: z.enum(ownerKinds), name: text('The owner’s name', 100) }),
  dueOn: isoDate.nullable(),
  status: z.enum(actionStatuses),
  notes: text('Action notes', 5_000),
  links: z.array(planLinkSchema).max(10, 'An action can have at most 10 links.'),
  isSensitive: z.boolean(),
  reviewComment: text('A review comment', 2_000),
  textCy: text('An action in Welsh', 1_000).optional(),
  notesCy: text('Action notes in Welsh', 5_000).optional(),
  /** Any text: an icon this version does not know is drawn as the one the words suggest. */
  icon: text('A picture name', 40).optional(),
});

export const planSectionSchema = z.strictObject({
  id,
  heading: text('A heading', 200),
  body: text('A section', 50_000),
  isSensitive: z.boolean(),
  headingCy: text('A heading in Welsh', 200).optional(),
  bodyCy: text('A section in Welsh', 50_000).optional(),
  icon: text('A picture name', 40).optional(),
});

export const planContentSchema = z.strictObject({
  goal: text('The goal', 2_000),
  goalCy: text('The goal in Welsh', 2_000).optional(),
  sectionSet: z.enum(sectionSetIds),
  sections: z.array(planSectionSchema).max(20, 'A plan can have at most 20 sections.'),
  actions: z.array(planActionSchema).max(100, 'A plan can have at most 100 actions.'),
  resources: z.array(planLinkSchema).max(50, 'A plan can have at most 50 resource links.'),
  imageIds: z.array(id).max(20),
}) satisfies z.ZodType<PlanContent>;

const hintSchema = z.object({ actionId: z.string().nullable(), message: z.string() });
const versionSummarySchema = z.object({
  number: z.number().int(),
  finalisedAt: z.string(),
  interviewId: z.string().nullable(),
});

export const planSchema = z.object({
  id,
  clientId: id,
  clientName: z.string(),
  draft: planContentSchema,
  hasUnfinalisedChanges: z.boolean(),
  versions: z.array(versionSummarySchema),
  hints: z.array(hintSchema),
  images: z.array(z.object({ id, fileName: z.string(), mediaType: z.string(), sizeBytes: z.number().int() })),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export const planVersionSchema = z.object({
  number: z.number().int(),
  finalisedAt: z.string(),
  interviewId: z.string().nullable(),
  content: planContentSchema,
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

/**
 * The client's own copy: standard or easy read. A shared copy is never made
 * here: only sharing.shareCopy and a batch with `sharing` make one, after
 * checking consent for the purpose and logging the disclosure.
 */
export const exportVariantSchema = z.strictObject({
  isEasyRead: z.boolean(),
  /** Adds the client's before-and-now progress chart to their own copy (never to a shared copy). */
  isIncludingProgress: z.boolean().optional(),
  /** The client's reading needs, for this copy; absent: as set on the client. */
  isDyslexiaFriendly: z.boolean().optional(),
  language: z.enum(planLanguages).optional(),
});
export type ExportVariant = z.infer<typeof exportVariantSchema>;
/** What the document builder is asked for: the client's copy, or a shared copy with sensitive parts left out. */
export type DocumentVariant = ExportVariant & { isSharedCopy: boolean };

const batchJobSchema = z.object({
  id,
  state: z.enum(['running', 'finished', 'cancelled', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  folder: z.string(),
  message: z.string(),
  excluded: z.array(z.object({ clientName: z.string(), reason: z.string() })),
});

export const plansChannels = {
  'plans.forClient': channel({
    input: z.strictObject({ clientId: id }),
    output: z.object({ plan: planSchema.nullable() }),
  }),
  'plans.create': channel({
    input: z.strictObject({ clientId: id, sectionSet: z.enum(sectionSetIds), fromInterviewId: id.optional() }),
    output: planSchema,
  }),
  'plans.saveDraft': channel({ input: z.strictObject({ planId: id, content: planContentSchema }), output: planSchema }),
  'plans.finalise': channel({ input: z.strictObject({ planId: id, interviewId: id.optional() }), output: planSchema }),
  'plans.startReview': channel({ input: z.strictObject({ planId: id }), output: planSchema }),
  'plans.versions': channel({ input: z.strictObject({ planId: id }), output: z.array(planVersionSchema) }),
  'plans.addImage': channel({
    input: z.strictObject({
      planId: id,
      fileName: text('The file name', 200).min(1),
      dataBase64: z
        .string()
        .max(
          Math.ceil(attachmentMaxBytes / 3) * 4 + 4,
          `That file is larger than ${attachmentMaxBytesLabel}. Take the photo at a lower resolution, or crop it.`,
        ),
    }),
    output: planSchema,
  }),
  'plans.export': channel({
    input: z.strictObject({
      planId: id,
      variant: exportVariantSchema,
      versionNumber: z.number().int().min(1).optional(),
    }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  'plans.batchStart': channel({
    input: z.strictObject({
      organisationId: id,
      yearGroup: z.number().int().min(0).max(14).nullable().optional(),
      folder: folderPath('Choose a folder.'),
      variant: exportVariantSchema,
      /** Shared copies instead of the clients' own: only for those whose consent covers the purpose, each logged as a disclosure. */
      sharing: z
        .strictObject({
          purpose: z.enum(planSharingPurposes),
          recipient: z
            .string()
            .trim()
            .min(1, 'Say who will receive the copies, such as "Westbridge Academy, pastoral team".')
            .max(200, 'Keep the recipient under 200 characters.'),
        })
        .optional(),
    }),
    output: batchJobSchema,
  }),
  'plans.batchStatus': channel({ input: z.strictObject({ jobId: id }), output: batchJobSchema }),
  'plans.batchCancel': channel({ input: z.strictObject({ jobId: id }), output: batchJobSchema }),
};
