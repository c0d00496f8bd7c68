// `waymark backup` and `waymark restore`.
import { createBackedUpVault, makeBackupInWorker, restoreBackup } from '../../backup';
import { AppError } from '../../errors';
import { readPassphrase } from '../passphrase';
import type { CommandOptions, CommandResult } from '../program';

export async function backupCommand(options: CommandOptions & { out: string }): Promise<CommandResult> {
  const vault = createBackedUpVault({ directory: options.vault });
  if (vault.state() === 'absent') throw new AppError('NO_VAULT', `There is no Waymark vault in ${options.vault}.`);
  await vault.unlock(await readPassphrase('Vault passphrase: '));
  try {
    const report = await makeBackupInWorker(vault, options.out);
    return {
      json: { ok: true, out: report.file, bytes: report.bytes, createdAt: report.createdAt, verified: true, integrity: report.integrity, counts: report.counts },
      human: `Backed up ${options.vault} to ${report.file} and checked the copy (integrity ${report.integrity}).`,
    };
  } finally {
    vault.lock();
  }
}

export async function restoreCommand(options: CommandOptions & { from: string }): Promise<CommandResult> {
  // The recovery code may stand in for a forgotten passphrase, from the environment only.
  const recoveryCode = process.env.WAYMARK_RECOVERY_CODE;
  const secret = recoveryCode ? { recoveryCode } : { passphrase: await readPassphrase("The backed-up vault's passphrase: ") };
  const report = await restoreBackup(options.from, options.vault, secret);
  return {
    json: { ok: true, vault: report.vault, backupCreatedAt: report.backupCreatedAt, integrity: report.integrity, counts: report.counts },
    human: `Restored the backup from ${report.backupCreatedAt.slice(0, 10)} into ${report.vault}: ${Object.entries(report.counts).map(([name, total]) => `${total} ${name}`).join(', ')}.`,
  };
}
