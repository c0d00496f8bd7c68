// Handlers for one client's data leaving the vault or being erased.
import type { sharingChannels } from '../../shared/contract/sharing';
import { todayInLondon } from '../../shared/dates';
import { eraseClient } from '../services/erasure';
import { requestsForClient, sharePlanCopy } from '../services/sharing';
import {
  cancelSubjectAccessJob,
  downloadSubjectAccessBundle,
  listWithholdable,
  markWithheld,
  previewSubjectAccessLetter,
  releaseWithholding,
  startSubjectAccessJob,
  subjectAccessJobStatus,
} from '../services/subject-access';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function sharingHandlers({ vault }: HandlerContext): HandlerGroup<typeof sharingChannels> {
  const open = () => vault().database();
  return {
    'clients.erase': ({ clientId, reason }) => eraseClient(open(), clientId, reason),
    'plans.shareCopy': ({ clientId, purpose, recipient, on, isEasyRead }) => sharePlanCopy(open(), { clientId, purpose, recipient, on: on ?? todayInLondon(), isEasyRead: isEasyRead ?? false }),
    'sar.requestsFor': ({ clientId }) => requestsForClient(open(), clientId),
    'sar.withholdable': ({ clientId }) => listWithholdable(open(), clientId),
    'sar.withhold': ({ clientId, kind, recordKey, note }) => markWithheld(open(), clientId, { kind, recordKey, note }),
    'sar.release': ({ clientId, id }) => {
      releaseWithholding(open(), clientId, id);
      return {};
    },
    'sar.start': ({ requestId, password, isSafeguardingReleased, on }) => startSubjectAccessJob(open(), { requestId, password, isSafeguardingReleased, on: on ?? todayInLondon() }),
    'sar.letter': ({ requestId, on }) => ({ html: previewSubjectAccessLetter(open(), { requestId, on: on ?? todayInLondon() }) }),
    'sar.safeguardingCount': ({ clientId }) => ({ count: (open().sqlite.prepare('SELECT count(*) AS count FROM safeguarding_concerns WHERE client_id = ?').get(clientId) as { count: number }).count }),
    'sar.status': ({ jobId }) => subjectAccessJobStatus(open(), jobId),
    'sar.cancel': ({ jobId }) => cancelSubjectAccessJob(open(), jobId),
    'sar.download': ({ jobId }) => downloadSubjectAccessBundle(open(), jobId),
  };
}
