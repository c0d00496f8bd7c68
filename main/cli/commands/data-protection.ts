// `waymark erase` and `waymark audit`.
import { desc } from 'drizzle-orm';
import { auditEvents } from '../../db/schema';
import { eraseClient } from '../../services/erasure';
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
  const events = await withUnlockedVault(options.vault, ({ db }) => db.select().from(auditEvents).orderBy(desc(auditEvents.id)).all());
  const json = events.map((event) => ({ id: event.id, occurredAt: event.occurredAt, action: event.action, detail: JSON.parse(event.detail) as unknown }));
  return { json, human: options.json ? `${json.length} audit entries.` : json.map((event) => `${event.occurredAt}  ${event.action}  ${JSON.stringify(event.detail)}`).join('\n') || 'The audit log is empty.' };
}
