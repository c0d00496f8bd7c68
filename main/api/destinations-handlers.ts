// Handlers for a client's destinations.
import type { destinationsChannels } from '../../shared/contract/destinations';
import { destinationsForClient, recordActivity, recordGuaranteeOffer, recordIntendedDestination, removeDestinationEntry, setLeftSchool } from '../services/destinations';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function destinationsHandlers({ vault }: HandlerContext): HandlerGroup<typeof destinationsChannels> {
  const open = () => vault().database();
  return {
    'destinations.forClient': (input) => destinationsForClient(open(), input),
    'destinations.recordIntended': (input) => recordIntendedDestination(open(), input),
    'destinations.recordOffer': (input) => recordGuaranteeOffer(open(), input),
    'destinations.recordActivity': (input) => recordActivity(open(), input),
    'destinations.remove': (input) => removeDestinationEntry(open(), input),
    'destinations.setLeft': (input) => setLeftSchool(open(), input),
  };
}
