// The practice-records room's door: the request register, the logs, the practice's details and its documents.
export { emptyPracticeDetails, readPracticeDetails, savePracticeDetails } from './details';
export {
  allAuditEvents,
  auditLog,
  disclosureRecipients,
  practiceDisclosures,
  type AuditEntry,
  type DisclosureFilter,
  type PracticeDisclosure,
} from './logs';
export { requestRegister, type RegisterEntry } from './register';
export { practiceDocumentFromVault } from './documents';
