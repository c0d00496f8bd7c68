// `waymark sar`: the subject-access bundle for one client, as a ZIP.
import { readFileSync } from 'node:fs';
import { todayInLondon } from '../../../shared/dates';
import { AppError } from '../../errors';
import { logDisclosure } from '../../services/data-protection';
import { buildSubjectAccessBundle, clientBundleOptions, subjectAccessDisclosure } from '../../services/subject-access';
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
  const on = todayInLondon();
  const built = await withUnlockedVault(options.vault, async (vault) => {
    const { options: bundle, isControllerComplete } = clientBundleOptions(vault, { clientId: options.client, on });
    const zip = await buildSubjectAccessBundle(vault, { ...bundle, password });
    // Written whole first; only then is it recorded as disclosed.
    writeFileAtomically(options.out, zip);
    logDisclosure(vault, subjectAccessDisclosure(options.client, 'The data subject (subject access request)', on));
    return { bytes: zip.length, isControllerComplete };
  });
  const warning = built.isControllerComplete ? '' : ' The letter is signed "Your careers adviser" with no postal address: add your name and address in the app (Settings, and Data protection, Practice details) before sending it.';
  return {
    json: { ok: true, out: options.out, bytes: built.bytes, isEncrypted: password !== undefined },
    human: `Wrote the subject-access bundle to ${options.out}${password ? ' (AES-256 encrypted: send the password separately)' : ''}. The disclosure is recorded in the log.${warning}`,
  };
}
