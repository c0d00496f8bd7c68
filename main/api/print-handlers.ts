// Printing: the dispatcher cannot see a window, so it answers that the page
// should print itself (the preview). The desktop app answers print.page in
// main/electron before the call reaches here, printing the window that asked.
import type { printChannels } from '../../shared/contract/print';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function printHandlers(_context: HandlerContext): HandlerGroup<typeof printChannels> {
  return {
    'print.page': () => ({ printedBy: 'browser' as const }),
  };
}
