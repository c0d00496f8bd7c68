// Consent, the disclosure log and subject-access requests.
import {
  consentedPurposesByClient,
  consentHistory,
  extendRequest,
  listDisclosures,
  logRequest,
  openRequests,
  recordConsent,
  recordIdentityCheck,
  setRequestStatus,
  withdrawConsent,
} from '../services/data-protection';
import type { dataProtectionChannels } from '../../shared/contract/data-protection';
import { todayInLondon } from '../../shared/dates';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function dataProtectionHandlers({
  vault: current,
}: HandlerContext): HandlerGroup<typeof dataProtectionChannels> {
  const open = () => current().database();
  return {
    'consent.history': ({ clientId }) => consentHistory(open(), clientId),
    'consent.record': ({ clientId, consent }) => recordConsent(open(), clientId, consent),
    'consent.withdraw': ({ clientId, withdrawnOn, note }) => withdrawConsent(open(), clientId, withdrawnOn, note),
    'consent.purposesInForce': ({ on }) =>
      [...consentedPurposesByClient(open(), on ?? todayInLondon())].map(([clientId, purposes]) => ({
        clientId,
        purposes,
      })),
    'disclosures.list': ({ clientId }) => listDisclosures(open(), clientId),
    'requests.log': (input) => logRequest(open(), input),
    'requests.recordIdentityCheck': ({ id, identityCheck }) => recordIdentityCheck(open(), id, identityCheck),
    'requests.extend': ({ id, reason, toldOn }) => extendRequest(open(), id, reason, toldOn),
    'requests.setStatus': ({ id, status, on }) => setRequestStatus(open(), id, status, on),
    'requests.open': () => openRequests(open()),
  };
}
