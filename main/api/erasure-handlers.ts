// Erasing a client completely, leaving a tombstone without personal data.
import type { erasureChannels } from '../../shared/contract/erasure';
import { eraseClient } from '../services/erasure';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function erasureHandlers({ vault }: HandlerContext): HandlerGroup<typeof erasureChannels> {
  return {
    'erasure.eraseClient': ({ clientId, reason }) => eraseClient(vault().database(), clientId, reason),
  };
}
