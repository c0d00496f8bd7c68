// `waymark backup` and `waymark restore`.
// Neither has a channel: backups.runNow writes into the backup folder chosen in
// the app, and a restore here makes a new vault from a file before any vault is
// open. The unlock for a backup still goes through the dispatcher.
import { makeBackupInWorker, restoreBackup } from '../../backup';
import { readPassphrase } from '../passphrase';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function backupCommand(options: CommandOptions & { out: string }): Promise<CommandResult> {
  const report = await withSession(
    options.vault,
    ({ vault }) => makeBackupInWorker(vault, options.out),
    `There is no Waymark vault in ${options.vault}.`,
  );
  return {
    json: {
      ok: true,
      out: report.file,
      bytes: report.bytes,
      createdAt: report.createdAt,
      verified: true,
      integrity: report.integrity,
      counts: report.counts,
    },
    human: `Backed up ${options.vault} to ${report.file} and checked the copy (integrity ${report.integrity}).`,
  };
}

export async function restoreCommand(options: CommandOptions & { from: string }): Promise<CommandResult> {
  // The recovery code may stand in for a forgotten passphrase, from the environment only.
  const recoveryCode = process.env.WAYMARK_RECOVERY_CODE;
  const secret = recoveryCode
    ? { recoveryCode }
    : { passphrase: await readPassphrase("The backed-up vault's passphrase: ") };
  const report = await restoreBackup(options.from, options.vault, secret);
  return {
    json: {
      ok: true,
      vault: report.vault,
      backupCreatedAt: report.backupCreatedAt,
      integrity: report.integrity,
      counts: report.counts,
    },
    human: `Restored the backup from ${report.backupCreatedAt.slice(0, 10)} into ${report.vault}: ${Object.entries(
      report.counts,
    )
      .map(([name, total]) => `${total} ${name}`)
      .join(', ')}.`,
  };
}
