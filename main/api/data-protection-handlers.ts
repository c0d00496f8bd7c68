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
    'consent.record': (input) => recordConsent(open(), input),
    'consent.withdraw': (input) => withdrawConsent(open(), input),
    'consent.purposesInForce': ({ on }) =>
      [...consentedPurposesByClient(open(), on ?? todayInLondon())].map(([clientId, purposes]) => ({
        clientId,
        purposes,
      })),
    'disclosures.list': ({ clientId }) => listDisclosures(open(), clientId),
    'requests.log': (input) => logRequest(open(), input),
    'requests.recordIdentityCheck': ({ id, identityCheck }) => recordIdentityCheck(open(), id, identityCheck),
    'requests.extend': (input) => extendRequest(open(), input),
    'requests.setStatus': (input) => setRequestStatus(open(), input),
    'requests.open': () => openRequests(open()),
  };
}
