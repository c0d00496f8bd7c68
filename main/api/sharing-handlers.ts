// Handlers for one client's data leaving the vault or being erased.
import type { sharingChannels } from '../../shared/contract/sharing';
import { eraseClient } from '../services/erasure';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function sharingHandlers({ vault }: HandlerContext): HandlerGroup<typeof sharingChannels> {
  const open = () => vault().database();
  return {
    'clients.erase': ({ clientId, reason }) => eraseClient(open(), clientId, reason),
  };
}
