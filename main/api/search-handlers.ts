// Searching the caseload as the adviser types.
import { searchCaseload } from '../services/search';
import type { searchChannels } from '../../shared/contract/search';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function searchHandlers({ vault: current }: HandlerContext): HandlerGroup<typeof searchChannels> {
  const open = () => current().database();
  return {
    'search.query': ({ text, limit }) => searchCaseload(open(), text, limit ?? 20),
  };
}
