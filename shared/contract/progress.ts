// Channels for a client's progress over time: their self-ratings on the
// chosen framework's competencies, first and latest side by side, and the
// scaling scores their interviews recorded.
import { z } from 'zod';
import { frameworkIds } from '../progress/frameworks';
import { isoDate } from './dates';
import { channel } from './channel';

const id = z.string().min(1).max(64);

const ratingInput = z.strictObject({
  competency: z
    .string()
    .trim()
    .min(1, 'Say which competency is rated.')
    .max(100, 'That competency is not one Waymark knows.'),
  rating: z.number().int('A rating is a whole number, such as 3.'),
});

export const selfAssessmentInputSchema = z.strictObject({
  clientId: id,
  ratedOn: isoDate,
  framework: z.enum(frameworkIds),
  ratings: z.array(ratingInput).min(1, 'Rate at least one competency before saving.').max(20),
});
export type SelfAssessmentInput = z.input<typeof selfAssessmentInputSchema>;

export const interviewRatingsInputSchema = z.strictObject({
  interviewId: id,
  /** The competencies rated at this interview; one left out loses its rating from this interview. */
  ratings: z.array(ratingInput).max(20),
});

const ratingPoint = z.object({
  ratedOn: z.string(),
  rating: z.number().int(),
  source: z.enum(['interview', 'self-assessment']),
});
export type RatingPoint = z.infer<typeof ratingPoint>;

export const competencyProgressSchema = z.object({
  framework: z.enum(frameworkIds),
  key: z.string(),
  label: z.string(),
  shortLabel: z.string(),
  /** How many times it has been rated. */
  count: z.number().int(),
  first: ratingPoint,
  latest: ratingPoint,
});
export type CompetencyProgress = z.infer<typeof competencyProgressSchema>;

export const scalingSeriesSchema = z.object({
  label: z.string(),
  points: z.array(z.object({ ratedOn: z.string(), score: z.number().int(), interviewId: z.string().nullable() })),
});
export type ScalingSeries = z.infer<typeof scalingSeriesSchema>;

export const clientProgressSchema = z.object({
  clientId: id,
  /** The name the client is called by, for the summary sentence. */
  calledName: z.string(),
  chosenFramework: z.enum(frameworkIds),
  /** In each framework's own order; frameworks with no ratings are left out. */
  competencies: z.array(competencyProgressSchema),
  scaling: z.array(scalingSeriesSchema),
  /** Ratings already given at each interview, by competency key, for the interview's Rate controls. */
  interviewRatings: z.array(z.object({ interviewId: z.string(), competency: z.string(), rating: z.number().int() })),
});
export type ClientProgress = z.infer<typeof clientProgressSchema>;

export const progressChannels = {
  'progress.forClient': channel({ input: z.strictObject({ clientId: id }), output: clientProgressSchema }),
  'progress.recordSelfAssessment': channel({ input: selfAssessmentInputSchema, output: clientProgressSchema }),
  'progress.rateAtInterview': channel({ input: interviewRatingsInputSchema, output: clientProgressSchema }),
};
