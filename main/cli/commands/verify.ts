// `waymark verify`: unlock, prove the database is encrypted and whole, count records.
import { AppError } from '../../errors';
import { checkVault } from '../../services/inventory';
import { createBackedUpVault } from '../../backup';
import type { CommandOptions, CommandResult } from '../program';
import { readPassphrase } from '../passphrase';

export async function verifyCommand({ vault: directory }: CommandOptions): Promise<CommandResult> {
  const vault = createBackedUpVault({ directory });
  if (vault.state() === 'absent') {
    throw new AppError('NO_VAULT', `There is no Waymark vault in ${directory}.`);
  }
  const passphrase = await readPassphrase('Vault passphrase: ');
  await vault.unlock(passphrase);
  try {
    const report = checkVault(vault.database());
    if (!report.ok) {
      throw new AppError('VAULT_DAMAGED', `The vault failed its checks (cipher: ${report.cipher}, integrity: ${report.integrity}). Restore from a backup.`);
    }
    return { json: report, human: `The vault in ${directory} is encrypted (${report.cipher}) and passed its integrity check.` };
  } finally {
    vault.lock();
  }
}
