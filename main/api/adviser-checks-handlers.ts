// The adviser's own checks: DBS, indemnity insurance, CDI registration.
import type { adviserChecksChannels } from '../../shared/contract/adviser-checks';
import { listAdviserChecks, saveAdviserCheck } from '../services/adviser-checks';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function adviserChecksHandlers({ vault }: HandlerContext): HandlerGroup<typeof adviserChecksChannels> {
  const open = () => vault().database();
  return {
    'adviserChecks.list': () => listAdviserChecks(open()),
    'adviserChecks.save': (check) => saveAdviserCheck(open(), check),
  };
}
