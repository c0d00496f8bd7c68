// `waymark sar`: the subject-access bundle for one client, as a ZIP.
import { readFileSync } from 'node:fs';
import { todayInLondon } from '../../../shared/dates';
import { subjectAccessBundleForClient } from '../../api/maintenance';
import { AppError } from '../../errors';
import { writeOutputFile } from '../output-file';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function sarCommand(
  options: CommandOptions & { client: string; out: string; passwordFile?: string },
): Promise<CommandResult> {
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
  // A bundle for a client with no logged request has no channel (see main/api/maintenance.ts).
  const built = await withSession(options.vault, ({ vault }) =>
    // Written whole first; only then is it recorded as disclosed.
    subjectAccessBundleForClient(vault.database(), {
      clientId: options.client,
      on,
      password,
      write: (zip) => writeOutputFile(options.out, zip),
    }),
  );
  const warning = built.isControllerComplete
    ? ''
    : ' The letter is signed "Your careers adviser" with no postal address: add your name and address in the app (Settings, and Data protection, Practice details) before sending it.';
  return {
    json: { ok: true, out: options.out, bytes: built.bytes, isEncrypted: password !== undefined },
    human: `Wrote the subject-access bundle to ${options.out}${password ? ' (AES-256 encrypted: send the password separately)' : ''}. The disclosure is recorded in the log.${warning}`,
  };
}
