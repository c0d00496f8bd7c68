// Searching the caseload: clients and organisations by name, UPN or school, as
// the adviser types.
import { z } from 'zod';
import { channel } from './channel';

const id = z.string().min(1).max(64);

export const searchResultSchema = z.object({
  kind: z.enum(['client', 'organisation']),
  id,
  title: z.string(),
  detail: z.string(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchChannels = {
  'search.query': channel({
    input: z.strictObject({
      text: z.string().max(200, 'Search for at most 200 characters.'),
      limit: z.number().int().min(1).max(100).optional(),
    }),
    output: z.array(searchResultSchema),
  }),
};
