// Choosing a folder on this computer (for backups, a batch of plans, or the folder sync shares)
// with the system's own folder window.
import { z } from 'zod';
import { channel, type Channel } from './channel';

export const folderPurposes = ['backups', 'plans', 'sync'] as const;
export type FolderPurpose = (typeof folderPurposes)[number];

/**
 * A folder path typed or chosen by the adviser. Control characters are refused
 * here: no system's folder can hold them, and Node's file calls throw on a NUL
 * rather than answering that the folder is not there.
 */
export function folderPath(missingMessage: string) {
  return (
    z
      .string()
      .trim()
      .min(1, missingMessage)
      .max(1000, 'That folder path is too long.')
      // eslint-disable-next-line no-control-regex -- control characters are what this refuses
      .refine((path) => !/[\u0000-\u001f\u007f]/.test(path), 'A folder path cannot hold that character. Type it again.')
  );
}

export const filesChannels = {
  /**
   * The desktop app opens the system's folder window over the window that
   * asked and answers the folder chosen (null when the adviser cancelled). The
   * browser preview cannot open one, so it answers that no picker is
   * available and the folder is typed instead.
   */
  'files.chooseFolder': channel({
    input: z.strictObject({ purpose: z.enum(folderPurposes), startIn: z.string().max(1000).optional() }),
    output: z.object({ isAvailable: z.boolean(), folder: z.string().nullable() }),
  }),
} satisfies Record<string, Channel>;
