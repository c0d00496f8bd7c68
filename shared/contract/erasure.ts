// Channel for erasing a client completely: every record goes, and a tombstone
// without personal data stays in the audit log.
import { z } from 'zod';
import { channel } from './channel';

const id = z.string().min(1).max(64);

export const erasureChannels = {
  'erasure.eraseClient': channel({
    input: z.strictObject({
      clientId: id,
      reason: z
        .string()
        .trim()
        .min(1, 'Give a reason for the erasure.')
        .max(500, 'Keep the reason under 500 characters.'),
    }),
    output: z.object({ tombstone: z.string(), erasedOn: z.string(), rowsErased: z.number().int() }),
  }),
};
