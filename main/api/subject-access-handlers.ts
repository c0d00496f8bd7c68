// Subject access: the register of requests, the bundle for a logged request
// (built in the background), its cover letter, and the third-party
// information withheld from it.
import type { subjectAccessChannels } from '../../shared/contract/subject-access';
import { todayInLondon } from '../../shared/dates';
import {
  cancelSubjectAccessJob,
  downloadSubjectAccessBundle,
  extendRequest,
  listWithholdable,
  logRequest,
  markWithheld,
  openRequests,
  previewSubjectAccessLetter,
  recordIdentityCheck,
  releaseWithholding,
  requestRegister,
  requestsForClient,
  setRequestStatus,
  startSubjectAccessJob,
  subjectAccessJobStatus,
} from '../services/subject-access';
import { countConcerns } from '../services/safeguarding';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function subjectAccessHandlers({ vault }: HandlerContext): HandlerGroup<typeof subjectAccessChannels> {
  const open = () => vault().database();
  return {
    'subjectAccess.logRequest': (input) => logRequest(open(), input),
    'subjectAccess.recordIdentityCheck': ({ id, identityCheck }) => recordIdentityCheck(open(), id, identityCheck),
    'subjectAccess.extendRequest': (input) => extendRequest(open(), input),
    'subjectAccess.setRequestStatus': (input) => setRequestStatus(open(), input),
    'subjectAccess.openRequests': () => openRequests(open()),
    'subjectAccess.register': () => requestRegister(open()),
    'subjectAccess.requestsFor': ({ clientId }) => requestsForClient(open(), clientId),
    'subjectAccess.withholdable': ({ clientId }) => listWithholdable(open(), clientId),
    'subjectAccess.withhold': (mark) => markWithheld(open(), mark),
    'subjectAccess.release': ({ clientId, id }) => {
      releaseWithholding(open(), clientId, id);
      return {};
    },
    'subjectAccess.start': ({ requestId, password, isSafeguardingReleased, on }) =>
      startSubjectAccessJob(open(), { requestId, password, isSafeguardingReleased, on: on ?? todayInLondon() }),
    'subjectAccess.letter': ({ requestId, on }) => ({
      html: previewSubjectAccessLetter(open(), { requestId, on: on ?? todayInLondon() }),
    }),
    'subjectAccess.safeguardingCount': ({ clientId }) => ({ count: countConcerns(open(), { clientId }) }),
    'subjectAccess.status': ({ jobId }) => subjectAccessJobStatus(open(), jobId),
    'subjectAccess.cancel': ({ jobId }) => cancelSubjectAccessJob(open(), jobId),
    'subjectAccess.download': ({ jobId }) => downloadSubjectAccessBundle(open(), jobId),
  };
}
