// `waymark init`: create a vault and show its recovery code once.
import type { CommandOptions, CommandResult } from '../program';
import { readPassphrase } from '../passphrase';
import { openSession } from '../session';

export async function initCommand({ vault: directory }: CommandOptions): Promise<CommandResult> {
  const passphrase = await readPassphrase('Choose a passphrase for the new vault: ');
  const confirmation = process.env.WAYMARK_PASSPHRASE ?? (await readPassphrase('Type it again to confirm: '));
  const session = openSession(directory);
  try {
    const { recoveryCode } = await session.call('vault.create', { passphrase, confirmation });
    return {
      json: { ok: true, vault: directory, recoveryCode },
      human: [
        `Created an encrypted vault in ${directory}.`,
        '',
        `Recovery code: ${recoveryCode}`,
        '',
        'Write the recovery code down and keep it somewhere safe, away from this computer.',
        'It is the only way back in if the passphrase is forgotten. It will not be shown again.',
      ].join('\n'),
    };
  } finally {
    session.vault.lock();
  }
}
