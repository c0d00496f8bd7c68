// Handlers for backups and restore.
import type { backupsChannels } from '../../shared/contract/backups';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function backupsHandlers(_context: HandlerContext): HandlerGroup<typeof backupsChannels> {
  return {};
}
