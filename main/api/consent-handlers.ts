// Consent: what each client agreed to, and its withdrawal.
import type { consentChannels } from '../../shared/contract/consent';
import { todayInLondon } from '../../shared/dates';
import { consentedPurposesByClient, consentHistory, recordConsent, withdrawConsent } from '../services/consent';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function consentHandlers({ vault }: HandlerContext): HandlerGroup<typeof consentChannels> {
  const open = () => vault().database();
  return {
    'consent.history': ({ clientId }) => consentHistory(open(), clientId),
    'consent.record': (input) => recordConsent(open(), input),
    'consent.withdraw': (input) => withdrawConsent(open(), input),
    'consent.purposesInForce': ({ on }) =>
      [...consentedPurposesByClient(open(), on ?? todayInLondon())].map(([clientId, purposes]) => ({
        clientId,
        purposes,
      })),
  };
}
