// `waymark sar`: the subject-access bundle for one client, as a ZIP.
import { readFileSync } from 'node:fs';
import { todayInLondon } from '../../../shared/dates';
import { AppError } from '../../errors';
import { buildSubjectAccessBundle } from '../../export/subject-access';
import { writeFileAtomically } from '../../vault/atomic-file';
import { withUnlockedVault } from '../open-vault';
import type { CommandOptions, CommandResult } from '../program';

export async function sarCommand(options: CommandOptions & { client: string; out: string; passwordFile?: string }): Promise<CommandResult> {
  let password: string | undefined;
  if (options.passwordFile) {
    try {
      // A file, not a flag: a password on the command line ends up in shell history.
      password = readFileSync(options.passwordFile, 'utf8').replace(/\r?\n$/, '');
    } catch {
      throw new AppError('NOT_FOUND', `Could not read the password file ${options.passwordFile}.`);
    }
  }
  const zip = await withUnlockedVault(options.vault, (vault) => buildSubjectAccessBundle(vault, { clientId: options.client, password, recipient: 'The data subject (subject access request)', on: todayInLondon() }));
  writeFileAtomically(options.out, zip);
  return {
    json: { ok: true, out: options.out, bytes: zip.length, isEncrypted: password !== undefined },
    human: `Wrote the subject-access bundle to ${options.out}${password ? ' (AES-256 encrypted: send the password separately)' : ''}. The disclosure is recorded in the log.`,
  };
}
