// Channels for the disclosure log: what was shared about a client, with whom,
// when and on what lawful basis; one client's entries or the practice's whole log.
import { z } from 'zod';
import { isoDate } from './dates';
import { channel } from './channel';
import { page } from './page';

const id = z.string().min(1).max(64);

const disclosureSchema = z.object({
  id: z.number().int(),
  clientId: z.string().nullable(),
  recipient: z.string(),
  disclosedOn: z.string(),
  what: z.string(),
  lawfulBasis: z.string(),
  consentId: z.string().nullable(),
  isAnonymised: z.boolean(),
});

const practiceDisclosureSchema = z.object({
  id: z.number().int(),
  /** null once the person has been erased. */
  clientId: z.string().nullable(),
  clientName: z.string().nullable(),
  recipient: z.string(),
  disclosedOn: z.string(),
  what: z.string(),
  lawfulBasis: z.string(),
  isAnonymised: z.boolean(),
});

export const disclosuresChannels = {
  'disclosures.list': channel({
    input: z.strictObject({ clientId: id.optional() }),
    output: z.array(disclosureSchema),
  }),
  'disclosures.practice': channel({
    input: z.strictObject({
      text: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      ...page,
    }),
    output: z.object({ total: z.number().int(), entries: z.array(practiceDisclosureSchema) }),
  }),
};
