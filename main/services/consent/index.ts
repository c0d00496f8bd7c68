// The consent room's door: what each client agreed to, the consent in force, and its withdrawal.
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
