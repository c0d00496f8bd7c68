// The disclosures room's door: every time data leaves the vault (logged, never
// edited), one client's entries, and the practice's whole log.
export { listDisclosures, logDisclosure, type Disclosure } from './log';
export {
  disclosureRecipients,
  practiceDisclosures,
  type DisclosureFilter,
  type PracticeDisclosure,
} from './practice-log';
