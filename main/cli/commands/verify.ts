// `waymark verify`: unlock, prove the database is encrypted and whole, count records.
// No channel asks for this (see main/api/maintenance.ts): the unlock goes
// through the dispatcher, the check reads the open vault.
import { checkVault } from '../../api/maintenance';
import { AppError } from '../../errors';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function verifyCommand({ vault: directory }: CommandOptions): Promise<CommandResult> {
  const report = await withSession(
    directory,
    ({ vault }) => checkVault(vault.database()),
    `There is no Waymark vault in ${directory}.`,
  );
  if (!report.ok) {
    throw new AppError(
      'VAULT_DAMAGED',
      `The vault failed its checks (cipher: ${report.cipher}, integrity: ${report.integrity}). Restore from a backup.`,
    );
  }
  return {
    json: report,
    human: `The vault in ${directory} is encrypted (${report.cipher}) and passed its integrity check.`,
  };
}
