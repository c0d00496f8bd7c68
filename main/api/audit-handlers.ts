// The audit log, a page at a time.
import type { auditChannels } from '../../shared/contract/audit';
import { auditLog } from '../services/audit';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function auditHandlers({ vault }: HandlerContext): HandlerGroup<typeof auditChannels> {
  return {
    'audit.list': (page) => auditLog(vault().database(), page),
  };
}
