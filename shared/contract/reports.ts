// Channels for the termly report to a school's careers leader: the figures
// for a period, the adviser's comments and recommendations kept with it, and
// the files handed to the school (each one logged as a disclosure).
import { z } from 'zod';
import { boughtUnits } from '../agreement-delivery';
import { priorityGroupKeys, destinationGroups } from '../termly-report';
import { channel, type Channel } from './channel';
import { isoDate } from './dates';

const id = z.string().min(1).max(64);

export const reportLimits = { comments: 10_000, recommendations: 10_000 } as const;

export const reportPeriodSchema = z.strictObject({ organisationId: id, from: isoDate, to: isoDate });
export type ReportPeriodInput = z.infer<typeof reportPeriodSchema>;

/** A count in a table about a group of pupils, already suppressed: "0", "<5" or the number. */
const shownCount = z.string();

export const termlyReportSchema = z.object({
  organisationId: id,
  organisationName: z.string(),
  from: z.string(),
  to: z.string(),
  onRoll: z.number().int(),
  /** Against the agreement, in the unit bought; null when there is no agreement. */
  delivery: z
    .object({
      unit: z.enum(boughtUnits),
      /** For the agreement's year (its dates, or the academic year holding the period). */
      bought: z.number().nullable(),
      yearFrom: z.string(),
      yearTo: z.string(),
      usedInPeriod: z.number(),
      /** Used from the start of the agreement's year to the end of the period. */
      usedToDate: z.number(),
      /** Booked in sessions still to come this year. */
      booked: z.number(),
      left: z.number().nullable(),
    })
    .nullable(),
  totals: z.object({
    interviews: z.number().int(),
    first: z.number().int(),
    followUp: z.number().int(),
    pupilsSeen: z.number().int(),
    didNotAttend: z.number().int(),
    referrals: z.number().int(),
    minutes: z.number().int(),
  }),
  byYearGroup: z.array(
    z.object({
      yearGroup: z.number().int().nullable(),
      label: z.string(),
      onRoll: shownCount,
      first: shownCount,
      followUp: shownCount,
      didNotAttend: shownCount,
      referrals: shownCount,
    }),
  ),
  benchmark8: z.array(
    z.object({
      yearGroup: z.number().int(),
      interviewsNeeded: z.number().int(),
      pupils: z.number().int(),
      met: z.number().int(),
      /** Named: the school's own pupils, so it can arrange their interviews. */
      notYetSeen: z.array(z.object({ id, name: z.string(), tutorGroup: z.string(), interviews: z.number().int() })),
    }),
  ),
  priorityGroups: z.array(
    z.object({
      key: z.enum(priorityGroupKeys),
      label: z.string(),
      isRecorded: z.boolean(),
      onRoll: shownCount,
      seen: shownCount,
    }),
  ),
  destinations: z.array(
    z.object({
      group: z.enum(destinationGroups),
      label: z.string(),
      year11: shownCount,
      year13: shownCount,
      otherYears: shownCount,
      all: shownCount,
    }),
  ),
  /** Pupils seen this period who had rated themselves on a competency more than once by its end, and those rating at least one higher than at first. */
  progress: z.object({ pupilsCompared: shownCount, pupilsHigher: shownCount }),
  comments: z.string(),
  recommendations: z.string(),
  /** Plain sentences about what the figures cannot show (no pupils, nothing recorded). */
  notes: z.array(z.string()),
});
export type TermlyReport = z.infer<typeof termlyReportSchema>;

export const reportFileKinds = ['docx', 'figures-csv', 'evidence-csv'] as const;
export type ReportFileKind = (typeof reportFileKinds)[number];

export const reportsChannels = {
  /** The figures for one organisation and period, with the comments saved for that period; nothing leaves the vault. */
  'reports.produce': channel({ input: reportPeriodSchema, output: termlyReportSchema }),
  /** Keeps the adviser's comments and recommendations with the organisation and period. */
  'reports.saveComments': channel({
    input: reportPeriodSchema.extend({
      comments: z
        .string()
        .trim()
        .max(
          reportLimits.comments,
          `Keep the comments under ${reportLimits.comments.toLocaleString('en-GB')} characters.`,
        ),
      recommendations: z
        .string()
        .trim()
        .max(
          reportLimits.recommendations,
          `Keep the recommendations under ${reportLimits.recommendations.toLocaleString('en-GB')} characters.`,
        ),
    }),
    output: z.object({ comments: z.string(), recommendations: z.string(), savedAt: z.string() }),
  }),
  /** A file for the school: the report (DOCX), its figures (CSV) or the Benchmark 8 evidence (CSV); logged as a disclosure. */
  'reports.export': channel({
    input: reportPeriodSchema.extend({ kind: z.enum(reportFileKinds) }),
    output: z.object({ fileName: z.string(), mediaType: z.string(), dataBase64: z.string(), disclosure: z.string() }),
  }),
} satisfies Record<string, Channel>;
