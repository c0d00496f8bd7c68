// The disclosure log: one client's entries, or the practice's whole log.
import type { disclosuresChannels } from '../../shared/contract/disclosures';
import { listDisclosures, practiceDisclosures } from '../services/disclosures';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function disclosuresHandlers({ vault }: HandlerContext): HandlerGroup<typeof disclosuresChannels> {
  const open = () => vault().database();
  return {
    'disclosures.list': ({ clientId }) => listDisclosures(open(), clientId),
    'disclosures.practice': ({ text, from, to, offset, limit }) =>
      practiceDisclosures(open(), { text, from, to }, { offset, limit }),
  };
}
