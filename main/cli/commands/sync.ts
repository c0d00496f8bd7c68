// `waymark sync`: sync the vault with a shared folder once, as "Sync now" does
// in the app, for scripts and tests. The folder is used, not remembered.
import { resolve } from 'node:path';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

export async function syncCommand(options: CommandOptions & { folder: string }): Promise<CommandResult> {
  const report = await withSession(options.vault, ({ call }) => call('sync.run', { folder: resolve(options.folder) }));
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const lines = [
    `Synced ${options.vault} with ${options.folder}: sent ${plural(report.sent, 'record')}, received ${plural(report.received, 'record')}.`,
  ];
  if (report.conflicts > 0)
    lines.push(
      `${plural(report.conflicts, 'value')} changed on both computers: both are kept; choose on the client's page in Waymark.`,
    );
  for (const { file, reason } of report.skipped) lines.push(`Skipped ${file}: ${reason}`);
  return {
    json: { sent: report.sent, received: report.received, conflicts: report.conflicts, skipped: report.skipped },
    human: lines.join('\n'),
  };
}
