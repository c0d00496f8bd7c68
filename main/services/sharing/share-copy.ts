// Sharing a copy of a client's action plan with someone else (their tutor, a
// parent or carer, the school's system): only with consent for that purpose,
// only the shared-copy variant (sensitive parts left out), and always logged.
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import { consentPurposeLabels } from '../../../shared/data-protection';
import { formatUkDate } from '../../../shared/dates';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { assertConsentFor, logDisclosure } from '../data-protection';
import { exportPlan, latestVersion, planForClient } from '../plans';

export type PlanSharingPurpose = (typeof planSharingPurposes)[number];

export type SharedCopy = { fileName: string; dataBase64: string; disclosure: { recipient: string; disclosedOn: string; what: string; consentId: string } };

export async function sharePlanCopy(
  vault: OpenVault,
  request: { clientId: string; purpose: PlanSharingPurpose; recipient: string; on: string; isEasyRead: boolean },
  now = new Date(),
): Promise<SharedCopy> {
  const recipient = request.recipient.trim();
  if (!recipient) throw new AppError('VALIDATION', 'Say who will receive the copy, such as "Ms Patel, form tutor".');
  const exists = vault.sqlite.prepare('SELECT 1 FROM clients WHERE id = ?').get(request.clientId);
  if (!exists) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  // Consent comes first: without it nothing is made, written or logged.
  const consent = assertConsentFor(vault, request.clientId, request.purpose, request.on);
  const plan = planForClient(vault, request.clientId);
  if (!plan) throw new AppError('NOT_FOUND', 'This client has no action plan yet, so there is nothing to share.');
  const version = latestVersion(vault, plan.id);
  if (!version) throw new AppError('VALIDATION', 'Finalise the action plan before sharing it, so the copy is a version the client has agreed.');
  const exported = await exportPlan(vault, plan.id, { isSharedCopy: true, isEasyRead: request.isEasyRead }, version.number, now);
  const what = `Action plan version ${version.number}, finalised ${formatUkDate(version.finalisedAt)} (shared copy, sensitive parts left out) – ${consentPurposeLabels[request.purpose].toLowerCase()}`;
  logDisclosure(vault, { clientId: request.clientId, recipient, what, lawfulBasis: 'consent', consentId: consent.id, disclosedOn: request.on }, now);
  return { fileName: exported.fileName, dataBase64: exported.bytes.toString('base64'), disclosure: { recipient, disclosedOn: request.on, what, consentId: consent.id } };
}
