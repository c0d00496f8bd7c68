// Handlers for the practice's data-protection records.
import type { practiceRecordsChannels } from '../../shared/contract/practice-records';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function practiceRecordsHandlers(_context: HandlerContext): HandlerGroup<typeof practiceRecordsChannels> {
  return {};
}
