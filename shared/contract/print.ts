// Printing the page on screen (a plan, its easy-read copy, a subject-access
// letter) on A4 through the print stylesheet.
import { z } from 'zod';
import { channel, type Channel } from './channel';

export const printChannels = {
  /**
   * The desktop app prints the window that asked (Electron's webContents.print,
   * with the system's print dialog) and answers 'app'. The preview has no
   * window of its own to print, so it answers 'browser' and the page calls
   * the browser's print instead.
   */
  'print.page': channel({ input: z.strictObject({}), output: z.object({ printedBy: z.enum(['app', 'browser']) }) }),
} satisfies Record<string, Channel>;
