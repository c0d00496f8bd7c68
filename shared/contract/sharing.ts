// Channel for a shared copy of a client's action plan: made only with their
// consent for the purpose, and logged as a disclosure.
import { planLanguages } from '../plan-language';
import { z } from 'zod';
import { isoDate } from './dates';
import type { ConsentPurpose } from '../consent';
import { channel } from './channel';

const id = z.string().min(1).max(64);

/** The consent purposes that cover handing over a copy of the action plan. */
export const planSharingPurposes = [
  'shareWithTutor',
  'shareWithParent',
  'uploadToSchoolSystem',
] as const satisfies readonly ConsentPurpose[];

export const sharingChannels = {
  /** A shared copy of the latest finalised plan, only with consent for the purpose; logged as a disclosure. */
  'sharing.shareCopy': channel({
    input: z.strictObject({
      clientId: id,
      purpose: z.enum(planSharingPurposes),
      recipient: z
        .string()
        .trim()
        .min(1, 'Say who will receive the copy, such as "Ms Patel, form tutor".')
        .max(200, 'Keep the recipient under 200 characters.'),
      on: isoDate.optional(),
      isEasyRead: z.boolean().optional(),
      /** The reader's needs for this copy; absent: as set on the client. */
      isDyslexiaFriendly: z.boolean().optional(),
      language: z.enum(planLanguages).optional(),
    }),
    output: z.object({
      fileName: z.string(),
      dataBase64: z.string(),
      disclosure: z.object({ recipient: z.string(), disclosedOn: z.string(), what: z.string(), consentId: z.string() }),
    }),
  }),
};
