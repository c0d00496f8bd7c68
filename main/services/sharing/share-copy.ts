// Sharing a copy of a client's action plan with someone else (their tutor, a
// parent or carer, the school's system): only with consent for that purpose,
// only the shared-copy variant (sensitive parts left out), and always logged.
// Every way of making a shared copy (the client's page, the plan page, a batch,
// the CLI) comes through this file.
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import { consentPurposeLabels } from '../../../shared/consent';
import type { PlanLanguage } from '../../../shared/plan-language';
import { formatUkDate } from '../../../shared/dates';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { assertConsentFor, consentGap } from '../consent';
import { logDisclosure } from '../disclosures';
import {
  latestVersion,
  planForClient,
  plansForBatch,
  renderSharedCopy,
  startBatchExport,
  type BatchJob,
  type ExportedPlan,
} from '../plans';
import { type ServiceContext, systemContext } from '../context';

export type PlanSharingPurpose = (typeof planSharingPurposes)[number];

export type SharedCopy = {
  fileName: string;
  dataBase64: string;
  disclosure: { recipient: string; disclosedOn: string; what: string; consentId: string };
};

type ShareRequest = {
  clientId: string;
  purpose: PlanSharingPurpose;
  recipient: string;
  on: string;
  isEasyRead: boolean;
  isDyslexiaFriendly?: boolean | undefined;
  language?: PlanLanguage | undefined;
};
type PreparedCopy = { file: ExportedPlan; disclosure: SharedCopy['disclosure']; logDisclosure: () => void };

/** Checks consent, then makes the shared copy; the caller logs the disclosure once the copy has left. */
async function prepareSharedCopy(
  vault: OpenVault,
  request: ShareRequest,
  context: ServiceContext,
): Promise<PreparedCopy> {
  const recipient = request.recipient.trim();
  if (!recipient) throw new AppError('VALIDATION', 'Say who will receive the copy, such as "Ms Patel, form tutor".');
  const exists = vault.sqlite.prepare('SELECT 1 FROM clients WHERE id = ?').get(request.clientId);
  if (!exists) throw new AppError('NOT_FOUND', 'That client is not in the vault.');
  // Consent comes first: without it nothing is made, written or logged.
  const consent = assertConsentFor(vault, request.clientId, request.purpose, request.on);
  const plan = planForClient(vault, request.clientId);
  if (!plan) throw new AppError('NOT_FOUND', 'This client has no action plan yet, so there is nothing to share.');
  const version = latestVersion(vault, plan.id);
  if (!version)
    throw new AppError(
      'VALIDATION',
      'Finalise the action plan before sharing it, so the copy is a version the client has agreed.',
    );
  const file = await renderSharedCopy(
    vault,
    plan.id,
    {
      isEasyRead: request.isEasyRead,
      ...(request.isDyslexiaFriendly !== undefined ? { isDyslexiaFriendly: request.isDyslexiaFriendly } : {}),
      ...(request.language !== undefined ? { language: request.language } : {}),
    },
    version.number,
    context,
  );
  const what = `Action plan version ${version.number}, finalised ${formatUkDate(version.finalisedAt)} (shared copy, sensitive parts left out) – ${consentPurposeLabels[request.purpose].toLowerCase()}`;
  const disclosure = { recipient, disclosedOn: request.on, what, consentId: consent.id };
  return {
    file,
    disclosure,
    logDisclosure: () =>
      logDisclosure(vault, { clientId: request.clientId, ...disclosure, lawfulBasis: 'consent' }, context),
  };
}

/**
 * One shared copy, handed back to download; the disclosure is logged as it is
 * handed over. Given `write` (the CLI writing its file), the copy goes there
 * first, and the disclosure is logged only once that has succeeded.
 */
export async function sharePlanCopy(
  vault: OpenVault,
  request: ShareRequest & { write?: (bytes: Buffer) => void },
  context: ServiceContext = systemContext,
): Promise<SharedCopy> {
  const prepared = await prepareSharedCopy(vault, request, context);
  request.write?.(prepared.file.bytes);
  prepared.logDisclosure();
  return {
    fileName: prepared.file.fileName,
    dataBase64: prepared.file.bytes.toString('base64'),
    disclosure: prepared.disclosure,
  };
}

/**
 * Shared copies of every plan for an organisation or year group: only the
 * clients whose consent covers the purpose and who have a finalised plan; the
 * others are listed with the reason. Each copy's disclosure is logged when its
 * file is whole, so a cancel logs only what was written.
 */
export function startSharedCopyBatch(
  vault: OpenVault,
  request: {
    organisationId: string;
    yearGroup?: number | null | undefined;
    folder: string;
    isEasyRead: boolean;
    purpose: PlanSharingPurpose;
    recipient: string;
    on: string;
  },
  context: ServiceContext = systemContext,
): BatchJob {
  const recipient = request.recipient.trim();
  if (!recipient)
    throw new AppError('VALIDATION', 'Say who will receive the copies, such as "Westbridge Academy, pastoral team".');
  const entries = plansForBatch(vault, request);
  const excluded: BatchJob['excluded'] = [];
  const included = entries.filter((entry) => {
    const gap =
      consentGap(vault, entry.clientId, request.purpose, request.on) ??
      (latestVersion(vault, entry.planId) ? null : 'No finalised plan yet');
    if (gap) excluded.push({ clientName: entry.clientName, reason: gap });
    return gap === null;
  });
  return startBatchExport(
    {
      folder: request.folder,
      entries: included,
      excluded,
      produce: async (entry) => {
        const prepared = await prepareSharedCopy(
          vault,
          {
            clientId: entry.clientId,
            purpose: request.purpose,
            recipient,
            on: request.on,
            isEasyRead: request.isEasyRead,
          },
          context,
        );
        return { fileName: prepared.file.fileName, bytes: prepared.file.bytes, onWritten: prepared.logDisclosure };
      },
    },
    context,
  );
}
