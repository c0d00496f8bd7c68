// `waymark erase` and `waymark audit`.
import { allAuditEvents } from '../../api/maintenance';
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

/** The whole log with each detail as stored: no channel gives that (see main/api/maintenance.ts). */
export async function auditCommand(options: CommandOptions): Promise<CommandResult> {
  const json = await withSession(options.vault, ({ vault }) => allAuditEvents(vault.database()));
  return {
    json,
    human: options.json
      ? `${json.length} audit entries.`
      : json.map((event) => `${event.occurredAt}  ${event.action}  ${JSON.stringify(event.detail)}`).join('\n') ||
        'The audit log is empty.',
  };
}
