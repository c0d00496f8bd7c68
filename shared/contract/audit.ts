// Channel for the audit log: what was done and when, newest first, paged.
import { z } from 'zod';
import { channel } from './channel';
import { page } from './page';

const auditEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  action: z.string(),
  /** What the event recorded: ids, dates and reasons, never personal data. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const auditChannels = {
  'audit.list': channel({
    input: z.strictObject(page),
    output: z.object({ total: z.number().int(), events: z.array(auditEventSchema) }),
  }),
};
