// `waymark erase`: a client erased completely, leaving a tombstone in the audit log.
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function eraseCommand(
  options: CommandOptions & { client: string; reason: string },
): Promise<CommandResult> {
  const report = await withSession(options.vault, ({ call }) =>
    call('erasure.eraseClient', { clientId: options.client, reason: options.reason }),
  );
  return {
    json: { ok: true, ...report },
    human: `Erased the client completely (${report.rowsErased} records). Tombstone ${report.tombstone} is kept in the audit log, with no personal data.`,
  };
}
