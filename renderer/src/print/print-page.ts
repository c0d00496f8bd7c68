// Prints what is on screen. The desktop app prints its own window (main
// answers print.page with Electron's webContents.print); the preview in a
// browser is told to use the browser's own print.
import { call } from '../api/client';

/** Resolves to '' once printing is under way, or to a message saying what went wrong. */
export async function printPage(): Promise<string> {
  const result = await call('print.page', {});
  if (!result.ok) return result.error.message;
  if (result.value.printedBy === 'browser') window.print();
  return '';
}
