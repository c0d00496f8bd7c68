// Handlers for safeguarding concerns on a client.
import type { safeguardingChannels } from '../../shared/contract/safeguarding';
import { concernsForClient, saveConcern } from '../services/safeguarding';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function safeguardingHandlers({ vault }: HandlerContext): HandlerGroup<typeof safeguardingChannels> {
  const open = () => vault().database();
  return {
    'safeguarding.forClient': (input) => concernsForClient(open(), input),
    'safeguarding.save': (input) => saveConcern(open(), input),
  };
}
