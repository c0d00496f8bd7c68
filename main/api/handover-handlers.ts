// Handlers for handing a client's records over and rectification.
import type { handoverChannels } from '../../shared/contract/handover';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function handoverHandlers(_context: HandlerContext): HandlerGroup<typeof handoverChannels> {
  return {};
}
