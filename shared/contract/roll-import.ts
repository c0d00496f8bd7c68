// Importing a school's roll (a class-list CSV from SIMS, Arbor or Bromcom):
// a dry run first, then the import, with columns chosen by hand where their
// headings are not recognised.
import { z } from 'zod';
import { rollFields } from '../caseload';
import { channel } from './channel';
import { fieldLimits, rollMaxBytes, rollMaxBytesLabel, rollMaxColumns } from './limits';

const id = z.string().min(1).max(64);
const requiredText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`).min(1, `${label} is required.`);

/** pupil: the name on that row as the file gives it ('' when the row has none), so the adviser knows who it is. */
const rollProblem = z.object({ row: z.number().int(), pupil: z.string(), reason: z.string() });
export const rollReportSchema = z.object({
  columns: z.array(
    z.object({
      header: z.string(),
      field: z.enum(rollFields).nullable(),
      /** The adviser chose what this column holds (its heading was not recognised, or was read wrongly). */
      isChosenByHand: z.boolean(),
      /** The column's first value, to tell columns apart when choosing by hand. */
      example: z.string(),
    }),
  ),
  /** Columns a roll must have that were not found: the adviser chooses which column holds each. Nothing is imported until none is missing. */
  missingFields: z.array(z.enum(rollFields)),
  rowsRead: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.array(rollProblem),
  /** Rows imported but worth a look, such as a date of birth that does not fit the year group. */
  flagged: z.array(rollProblem),
  isDryRun: z.boolean(),
  organisationId: id.nullable(),
});
export type RollReport = z.infer<typeof rollReportSchema>;

export const rollInputSchema = z.strictObject({
  organisationName: requiredText(fieldLimits.organisationName, 'The school name'),
  csv: z
    .string()
    .max(
      rollMaxBytes,
      `That file is larger than ${rollMaxBytesLabel}. Export only the columns Waymark needs, or split the roll by year group.`,
    ),
  isDryRun: z.boolean(),
  /** What the adviser chose for columns by hand, by position (0 is the first); null marks a column as not used. */
  columnChoices: z
    .array(
      z.strictObject({
        column: z
          .number()
          .int()
          .min(0)
          .max(rollMaxColumns - 1),
        field: z.enum(rollFields).nullable(),
      }),
    )
    .max(rollMaxColumns)
    .optional(),
});
export type RollInput = z.input<typeof rollInputSchema>;
export type ColumnChoice = NonNullable<RollInput['columnChoices']>[number];

export const rollImportChannels = {
  'rollImport.run': channel({ input: rollInputSchema, output: rollReportSchema }),
};
