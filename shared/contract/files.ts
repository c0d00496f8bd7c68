// Choosing a folder on this computer (for backups, a batch of plans, or the folder sync shares)
// with the system's own folder window.
import { z } from 'zod';
import { channel, type Channel } from './channel';

export const folderPurposes = ['backups', 'plans', 'sync'] as const;
export type FolderPurpose = (typeof folderPurposes)[number];

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
