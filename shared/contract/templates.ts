// Channels for guidance templates: the built-in models (Egan, GROW, OSKAR,
// CLEAR, the three-stage model) and the adviser's own copies, and the shared
// template file.
import { z } from 'zod';
import { channel } from './channel';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);
const shortText = (label: string, max: number = fieldLimits.shortText) =>
  z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const templateStageSchema = z.strictObject({
  title: shortText('A stage title').min(1, 'Every stage needs a title.'),
  purpose: shortText('A stage purpose', 300),
  prompts: z
    .array(shortText('A prompt', 300).min(1, 'A prompt cannot be empty.'))
    .max(12, 'A stage can have at most 12 prompts.'),
});

export const templateSchema = z.object({
  id,
  name: z.string(),
  builtIn: z.boolean(),
  version: z.number().int(),
  basedOn: z.string().nullable(),
  stages: z.array(templateStageSchema),
});
export type Template = z.infer<typeof templateSchema>;

export const templateInputSchema = z.strictObject({
  id: id.optional(),
  name: shortText('The template name').min(1, 'Give the template a name.'),
  stages: z
    .array(templateStageSchema)
    .min(1, 'A template needs at least one stage.')
    .max(12, 'A template can have at most 12 stages.'),
});

/** The shared file format for a template: versioned so later changes can still read old files. */
export const templateFileSchema = z.object({
  format: z.literal('waymark-guidance-template'),
  formatVersion: z.literal(1),
  name: z.string(),
  stages: z.array(templateStageSchema),
});

export const templatesChannels = {
  'templates.list': channel({ input: z.strictObject({}), output: z.array(templateSchema) }),
  'templates.save': channel({ input: templateInputSchema, output: templateSchema }),
  'templates.duplicate': channel({ input: z.strictObject({ id }), output: templateSchema }),
  'templates.archive': channel({ input: z.strictObject({ id }), output: z.strictObject({}) }),
  'templates.export': channel({
    input: z.strictObject({ id }),
    output: z.object({ fileName: z.string(), json: z.string() }),
  }),
  'templates.import': channel({
    input: z.strictObject({ json: z.string().max(200_000, 'That file is too large to be a template.') }),
    output: templateSchema,
  }),
};
