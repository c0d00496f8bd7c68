// Channels for the adviser's own settings, kept inside the vault.
import { z } from 'zod';
import { channel } from './channel';
import { autoLockMinutesRange } from './limits';
import { frameworkIds } from '../progress/frameworks';
import { bilingualLayouts } from '../plan-language';

export const settingsSchema = z.object({
  autoLockMinutes: z.number().int().min(autoLockMinutesRange.min).max(autoLockMinutesRange.max),
  /** Printed on every action plan the client takes away. */
  adviserName: z.string().max(100),
  adviserContact: z.string().max(200),
  confidentialityLine: z.string().max(300),
  /** The same line in Welsh, for Welsh and bilingual plans; empty: Waymark's reviewed Welsh of the standard line. */
  confidentialityLineWelsh: z.string().max(300),
  /** How a bilingual plan sets out its two languages. */
  bilingualLayout: z.enum(bilingualLayouts),
  /** Whether the adviser holds a careers guidance qualification at level 6 or above (Benchmark 8 evidence asks); null until they say. */
  isQualifiedLevel6: z.boolean().nullable(),
  /** The career learning framework interviews tag and clients rate themselves on from now on. */
  competencyFramework: z.enum(frameworkIds),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsChannels = {
  'settings.get': channel({
    input: z.strictObject({}),
    output: settingsSchema,
  }),
  'settings.update': channel({
    input: z.strictObject({
      autoLockMinutes: z
        .number()
        .int('Auto-lock must be a whole number of minutes.')
        .min(autoLockMinutesRange.min, `Auto-lock must be at least ${autoLockMinutesRange.min} minute.`)
        .max(autoLockMinutesRange.max, `Auto-lock can be at most ${autoLockMinutesRange.max} minutes.`)
        .optional(),
      adviserName: z.string().trim().max(100, 'Your name can be at most 100 characters.').optional(),
      adviserContact: z.string().trim().max(200, 'Contact details can be at most 200 characters.').optional(),
      confidentialityLine: z
        .string()
        .trim()
        .max(300, 'The confidentiality line can be at most 300 characters.')
        .optional(),
      confidentialityLineWelsh: z
        .string()
        .trim()
        .max(300, 'The Welsh confidentiality line can be at most 300 characters.')
        .optional(),
      bilingualLayout: z.enum(bilingualLayouts, { error: 'Choose two columns or block by block.' }).optional(),
      isQualifiedLevel6: z.boolean().nullable().optional(),
      competencyFramework: z.enum(frameworkIds, { error: 'Choose the Blueprint or the CDI framework.' }).optional(),
    }),
    output: settingsSchema,
  }),
};
