// The data-protection room's door.
export {
  assertConsentFor,
  consentGap,
  consentedPurposes,
  consentedPurposesByClient,
  consentHistory,
  currentConsent,
  recordConsent,
  withdrawConsent,
  type ConsentInput,
  type ConsentRecord,
} from './consent';
export { listDisclosures, logDisclosure, type Disclosure } from './disclosures';
export {
  extendRequest,
  getRequest,
  logRequest,
  markRequestSent,
  openRequests,
  recordIdentityCheck,
  setRequestStatus,
  type IdentityCheck,
  type SubjectAccessRequest,
} from './requests';
