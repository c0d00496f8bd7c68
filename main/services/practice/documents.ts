// Gathers what the documents need from the vault: the practice details, the
// adviser's name, the retention schedule and the disclosure log's recipients.
import { buildPracticeDocument, type PracticeDocumentKind } from '../../export/practice-documents';
import type { OpenVault } from '../../vault';
import { readRetentionSchedule } from '../retention';
import { readSettings } from '../settings';
import { readPracticeDetails } from './details';
import { disclosureRecipients } from '../disclosures';

export function practiceDocumentFromVault(
  vault: OpenVault,
  kind: PracticeDocumentKind,
  on: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  const settings = readSettings(vault.db);
  return buildPracticeDocument(kind, {
    details: readPracticeDetails(vault),
    adviserName: settings.adviserName,
    adviserContact: settings.adviserContact,
    schedule: readRetentionSchedule(vault),
    recipients: disclosureRecipients(vault),
    on,
  });
}
