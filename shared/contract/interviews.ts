// Channels for guidance templates and interviews: notes autosaved per stage,
// details, scaling scores, actions agreed and attachments.
import { z } from 'zod';
import { isoDate } from './dates';
import { interviewModes } from '../guidance-models';
import { frameworkIds } from '../progress/frameworks';
import { provisionLevels } from '../caseload';
import { channel } from './channel';
import { templateStageSchema } from './templates';
import {
  attachmentMaxBytes,
  attachmentMaxBytesLabel,
  attachmentMediaTypes,
  fieldLimits,
  stageNotesMaxCharacters,
} from './limits';

const id = z.string().min(1).max(64);
const shortText = (label: string, max: number = fieldLimits.shortText) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`);

const scoreSchema = z.strictObject({
  label: shortText('A score label', 60).min(1, 'Give the score a label, such as confidence.'),
  score: z.number().int().min(1, 'Scores run from 1 to 10.').max(10, 'Scores run from 1 to 10.'),
});

export const interviewDetailsSchema = z.strictObject({
  heldOn: isoDate,
  startsAt: z
    .string()
    .regex(/^\d{2}:\d{2}$/, 'Use a time such as 09:30.')
    .nullable(),
  durationMinutes: z.number().int().min(5).max(480),
  mode: z.enum(interviewModes),
  place: shortText('The place', 150),
  /** 1-based places in the framework's list (shared/progress/frameworks.ts). */
  competencies: z.array(z.number().int().min(1).max(11)).max(11),
  /** Whose list the numbers index; left out, the interview keeps the framework it has. */
  competencyFramework: z.enum(frameworkIds).optional(),
  techniques: z.array(shortText('A technique', 60)).max(20),
  intendedDestination: shortText('The intended destination', 300),
  referralMade: shortText('The referral', 300),
  provisionLevelSet: z.enum(provisionLevels).nullable(),
  followUpOn: isoDate.nullable(),
  scores: z.array(scoreSchema).max(10),
});
export type InterviewDetails = z.infer<typeof interviewDetailsSchema>;

const actionSchema = z.object({
  id,
  text: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  createdAt: z.string(),
});
const attachmentSummarySchema = z.object({
  id,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  createdAt: z.string(),
});

export const interviewSchema = interviewDetailsSchema.extend({
  competencyFramework: z.enum(frameworkIds),
  id,
  clientId: id,
  clientName: z.string(),
  organisationId: id.nullable(),
  templateId: z.string().nullable(),
  templateName: z.string(),
  templateVersion: z.number().int(),
  stages: z.array(templateStageSchema.extend({ notes: z.string(), savedAt: z.string().nullable() })),
  actions: z.array(actionSchema),
  attachments: z.array(attachmentSummarySchema),
  isFinished: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const interviewSummarySchema = z.object({
  id,
  heldOn: z.string(),
  templateName: z.string(),
  durationMinutes: z.number().int(),
  mode: z.enum(interviewModes),
  isFinished: z.boolean(),
  scores: z.array(z.object({ label: z.string(), score: z.number().int() })),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

export const interviewsChannels = {
  'interviews.start': channel({
    input: z.strictObject({
      clientId: id,
      templateId: id,
      heldOn: isoDate.optional(),
      startsAt: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .nullable()
        .optional(),
      mode: z.enum(interviewModes).optional(),
      place: shortText('The place', 150).optional(),
      durationMinutes: z.number().int().min(5).max(480).optional(),
    }),
    output: interviewSchema,
  }),
  'interviews.get': channel({ input: z.strictObject({ id }), output: interviewSchema }),
  'interviews.saveNotes': channel({
    input: z.strictObject({
      interviewId: id,
      stageIndex: z.number().int().min(0).max(11),
      text: z
        .string()
        .max(
          stageNotesMaxCharacters,
          'These notes are over two million characters, which is more than one stage can hold. Move some into another stage or an attachment.',
        ),
    }),
    output: z.object({ savedAt: z.string() }),
  }),
  'interviews.updateDetails': channel({
    input: z.strictObject({ id, details: interviewDetailsSchema }),
    output: interviewSchema,
  }),
  'interviews.addAction': channel({
    input: z.strictObject({
      interviewId: id,
      text: shortText('An action', 1_000).min(1, 'Write the action first.'),
      owner: shortText('The owner', 100),
      dueOn: isoDate.nullable(),
    }),
    output: interviewSchema,
  }),
  'interviews.removeAction': channel({
    input: z.strictObject({ interviewId: id, actionId: id }),
    output: interviewSchema,
  }),
  'interviews.addAttachment': channel({
    input: z.strictObject({
      interviewId: id,
      fileName: shortText('The file name', 200).min(1),
      // base64 of at most the size limit (4 characters per 3 bytes).
      dataBase64: z
        .string()
        .max(
          Math.ceil(attachmentMaxBytes / 3) * 4 + 4,
          `That file is larger than ${attachmentMaxBytesLabel}. Take the photo at a lower resolution, or crop it.`,
        ),
    }),
    output: interviewSchema,
  }),
  'interviews.attachment': channel({
    input: z.strictObject({ id }),
    output: z.object({ fileName: z.string(), mediaType: z.enum(attachmentMediaTypes), dataBase64: z.string() }),
  }),
  'interviews.finish': channel({ input: z.strictObject({ id }), output: interviewSchema }),
  'interviews.listForClient': channel({
    input: z.strictObject({ clientId: id }),
    output: z.array(interviewSummarySchema),
  }),
  'interviews.drafts': channel({
    input: z.strictObject({}),
    output: z.array(
      z.object({ id, clientId: id, clientName: z.string(), heldOn: z.string(), updatedAt: z.string().nullable() }),
    ),
  }),
  'interviews.previousActions': channel({
    input: z.strictObject({ clientId: id, beforeInterviewId: id.optional() }),
    output: z.array(actionSchema.extend({ heldOn: z.string() })),
  }),
};
