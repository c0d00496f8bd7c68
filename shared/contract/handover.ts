// Channels for handing a client's records to another adviser (portability,
// with the client's consent) and taking such a file into this vault.
import { z } from 'zod';
import { channel, type Channel } from './channel';

const id = z.string().min(1).max(64);

/** A handover file holds every picture as base64: generous, but still a limit. */
export const handoverMaxBytes = 150 * 1024 * 1024;
export const handoverMaxBytesLabel = '150 MB';

export const handoverCountsSchema = z.object({
  interviews: z.number().int(),
  notes: z.number().int(),
  actions: z.number().int(),
  attachments: z.number().int(),
  planVersions: z.number().int(),
  consents: z.number().int(),
  corrections: z.number().int(),
  contacts: z.number().int(),
  groupSessions: z.number().int(),
  /** 0 also when the sending adviser left safeguarding records out, as they are by default. */
  safeguardingConcerns: z.number().int(),
});
export type HandoverCounts = z.infer<typeof handoverCountsSchema>;

export const handoverPreviewSchema = z.object({
  clientName: z.string(),
  dateOfBirth: z.string().nullable(),
  organisationName: z.string(),
  isNewOrganisation: z.boolean(),
  exportedAt: z.string(),
  counts: handoverCountsSchema,
});
export type HandoverPreview = z.infer<typeof handoverPreviewSchema>;

const handoverJson = z
  .string()
  .max(handoverMaxBytes, `That file is larger than ${handoverMaxBytesLabel}, too large to be a Waymark handover file.`);

export const handoverChannels = {
  /** Makes the file and records the disclosure; the adviser confirms the client agreed. */
  'handover.export': channel({
    input: z.strictObject({
      clientId: id,
      recipient: z
        .string()
        .trim()
        .min(1, 'Give the name of the adviser receiving the records.')
        .max(200, 'The recipient can be at most 200 characters.'),
      hasClientAgreed: z.boolean(),
      /** Off unless the adviser decides, and confirms, that safeguarding records go with the file. */
      includeSafeguarding: z.boolean().optional(),
    }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  /** Checks a file and says whose records it holds; writes nothing. */
  'handover.preview': channel({ input: z.strictObject({ json: handoverJson }), output: handoverPreviewSchema }),
  /** Imports the file in one transaction: all of it, or nothing. */
  'handover.import': channel({
    input: z.strictObject({ json: handoverJson }),
    output: z.object({ clientId: id, clientName: z.string(), counts: handoverCountsSchema }),
  }),
} satisfies Record<string, Channel>;
