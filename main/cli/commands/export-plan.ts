// `waymark export-plan`: the client's current plan as an editable DOCX.
import { existsSync } from 'node:fs';
import { AppError } from '../../errors';
import { exportPlan, planForClient } from '../../services/plans';
import { writeFileAtomically } from '../../vault/atomic-file';
import { withUnlockedVault } from '../open-vault';
import type { CommandOptions, CommandResult } from '../program';

type ExportOptions = CommandOptions & { client: string; out: string; sharedCopy?: boolean; easyRead?: boolean };

export async function exportPlanCommand(options: ExportOptions): Promise<CommandResult> {
  if (!options.out.toLowerCase().endsWith('.docx')) throw new AppError('VALIDATION', 'The --out file must end in .docx.');
  const variant = { isSharedCopy: Boolean(options.sharedCopy), isEasyRead: Boolean(options.easyRead) };
  const exported = await withUnlockedVault(options.vault, async (vault) => {
    const plan = planForClient(vault, options.client);
    if (!plan) throw new AppError('NOT_FOUND', 'That client has no action plan yet, so there is nothing to export.');
    return { plan, file: await exportPlan(vault, plan.id, variant) };
  });
  // Written whole or not at all: a failed export never leaves a partial document.
  writeFileAtomically(options.out, exported.file.bytes);
  if (!existsSync(options.out)) throw new AppError('INTERNAL', 'The document could not be written.');
  const version = exported.plan.versions.at(-1)?.number ?? null;
  return {
    json: { ok: true, out: options.out, bytes: exported.file.bytes.length, version, sharedCopy: variant.isSharedCopy, easyRead: variant.isEasyRead },
    human: `Wrote the action plan${version ? ` (version ${version})` : ' (draft)'} to ${options.out}.`,
  };
}
