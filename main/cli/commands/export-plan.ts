// `waymark export-plan`: the client's current plan as an editable DOCX: their
// own copy, or a shared copy for someone else, which goes through the same
// consent check and disclosure log as sharing from the app.
import { existsSync } from 'node:fs';
import type { planSharingPurposes } from '../../../shared/contract/sharing';
import type { PlanLanguage } from '../../../shared/plan-language';
import { AppError } from '../../errors';
import { writeOutputFile } from '../output-file';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

/** The words the CLI takes for each sharing purpose, as the contract names them. */
const purposeByWord = {
  tutor: 'shareWithTutor',
  parent: 'shareWithParent',
  school: 'uploadToSchoolSystem',
} as const satisfies Record<string, (typeof planSharingPurposes)[number]>;
export const sharedCopyPurposes = Object.keys(purposeByWord);
type PurposeWord = keyof typeof purposeByWord;

/** Who the disclosure log names when no --recipient is given. */
const defaultRecipient: Record<PurposeWord, string> = {
  tutor: "The client's tutor",
  parent: 'A parent or carer',
  school: "The school's system",
};

type ExportOptions = CommandOptions & {
  client: string;
  out: string;
  sharedCopy?: boolean;
  purpose?: PurposeWord;
  recipient?: string;
  easyRead?: boolean;
  dyslexiaFriendly?: boolean;
  language?: PlanLanguage;
};

export async function exportPlanCommand(options: ExportOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.docx'))
    throw new AppError('VALIDATION', 'The --out file must end in .docx.');
  const isEasyRead = Boolean(options.easyRead);
  // Left out, the client's own settings decide (main reads them); given, they hold for this copy only.
  const forReader = {
    ...(options.dyslexiaFriendly !== undefined ? { isDyslexiaFriendly: options.dyslexiaFriendly } : {}),
    ...(options.language ? { language: options.language } : {}),
  };
  const exported = await withSession(options.vault, async ({ call }) => {
    const { plan } = await call('plans.forClient', { clientId: options.client });
    if (!plan) throw new AppError('NOT_FOUND', 'That client has no action plan yet, so there is nothing to export.');
    const version = plan.versions.at(-1)?.number ?? null;
    if (options.sharedCopy && options.purpose) {
      // Consent is checked before anything is made; the file is written whole, then the disclosure logged.
      const shared = await call(
        'sharing.shareCopy',
        {
          clientId: options.client,
          purpose: purposeByWord[options.purpose],
          recipient: options.recipient?.trim() || defaultRecipient[options.purpose],
          isEasyRead,
          ...forReader,
        },
        { deliverTo: options.out },
      );
      return { version, bytes: Buffer.byteLength(shared.dataBase64, 'base64'), disclosure: shared.disclosure };
    }
    const file = await call('plans.export', { planId: plan.id, variant: { isEasyRead, ...forReader } });
    // Written whole or not at all: a failed export never leaves a partial document.
    const bytes = Buffer.from(file.dataBase64, 'base64');
    writeOutputFile(options.out, bytes);
    return { version, bytes: bytes.length, disclosure: null };
  });
  if (!existsSync(options.out)) throw new AppError('INTERNAL', 'The document could not be written.');
  const { version, disclosure } = exported;
  return {
    json: {
      ok: true,
      out: options.out,
      bytes: exported.bytes,
      version,
      sharedCopy: Boolean(options.sharedCopy),
      easyRead: isEasyRead,
      ...(disclosure
        ? {
            disclosure: {
              recipient: disclosure.recipient,
              disclosedOn: disclosure.disclosedOn,
              consentId: disclosure.consentId,
            },
          }
        : {}),
    },
    human: disclosure
      ? `Wrote a shared copy of the action plan (version ${version}) to ${options.out} and logged the disclosure to ${disclosure.recipient}.`
      : `Wrote the action plan${version ? ` (version ${version})` : ' (draft)'} to ${options.out}.`,
  };
}
