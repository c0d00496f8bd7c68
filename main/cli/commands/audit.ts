// `waymark audit`: the audit log, newest first.
import { allAuditEvents } from '../../api/maintenance';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

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
