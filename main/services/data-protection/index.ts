// The data-protection room's door.
export { assertConsentFor, consentGap, consentedPurposes, consentedPurposesByClient, consentHistory, currentConsent, recordConsent, withdrawConsent, type ConsentInput, type ConsentRecord } from './consent';
export { listDisclosures, logDisclosure, type Disclosure } from './disclosures';
export { extendRequest, getRequest, logRequest, openRequests, setRequestStatus, type SubjectAccessRequest } from './requests';
