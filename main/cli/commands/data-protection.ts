// `waymark erase` and `waymark audit`.
import { eraseClient } from '../../services/erasure';
import { allAuditEvents } from '../../services/practice';
import { withUnlockedVault } from '../open-vault';
import type { CommandOptions, CommandResult } from '../program';

export async function eraseCommand(options: CommandOptions & { client: string; reason: string }): Promise<CommandResult> {
  const report = await withUnlockedVault(options.vault, (vault) => eraseClient(vault, options.client, options.reason));
  return {
    json: { ok: true, ...report },
    human: `Erased the client completely (${report.rowsErased} records). Tombstone ${report.tombstone} is kept in the audit log, with no personal data.`,
  };
}

export async function auditCommand(options: CommandOptions): Promise<CommandResult> {
  const json = await withUnlockedVault(options.vault, allAuditEvents);
  return { json, human: options.json ? `${json.length} audit entries.` : json.map((event) => `${event.occurredAt}  ${event.action}  ${JSON.stringify(event.detail)}`).join('\n') || 'The audit log is empty.' };
}
