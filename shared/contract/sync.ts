// Channels for sync between an adviser's computers through a shared folder
// (main/services/sync). The folder is this computer's setting: each computer
// may see the shared folder at a different path.
import { z } from 'zod';
import { channel, type Channel } from './channel';
import { folderPath } from './files';

const folder = folderPath('Choose the shared folder to sync through.');

export const syncReport = z.object({
  /** Documents (a client's case file, the practice's records) this computer wrote to the folder. */
  sent: z.number().int(),
  /** Documents that brought changes from another computer into this vault. */
  received: z.number().int(),
  /** Values set differently on two computers found by this sync: both are kept until the adviser chooses. */
  conflicts: z.number().int(),
  /** Files in the folder that could not be used (damaged, not made by this vault); a sync never stops for them. */
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
});
export type SyncReport = z.infer<typeof syncReport>;

const syncStatus = z.object({
  folder: z.string().nullable(),
  /** "Last synced: 1 December 2026, 14:05", or null before the first sync. */
  lastSynced: z.object({ at: z.string(), text: z.string() }).nullable(),
  lastReport: syncReport.nullable(),
  /** Values changed on both computers waiting for the adviser's choice. */
  conflictsWaiting: z.number().int(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

const waitingChoiceId = z.strictObject({
  entity: z.string().min(1).max(200),
  table: z.string().min(1).max(100),
  rowKey: z.string().min(1).max(400),
  column: z.string().min(1).max(100),
});

const waitingChoice = z.object({
  id: waitingChoiceId,
  /** "Client details: phone"; for the practice, which record: "School or college (Northfield Academy): phone" */
  label: z.string(),
  /** The values kept, the first the one shown now; "(left blank)" for an empty one. */
  values: z.array(z.object({ index: z.number().int(), text: z.string() })),
  noticedAt: z.string(),
});
export type WaitingChoice = z.infer<typeof waitingChoice>;

export const syncChannels = {
  'sync.status': channel({ input: z.strictObject({}), output: syncStatus }),
  /** Remember the shared folder this computer syncs through. */
  'sync.configure': channel({ input: z.strictObject({ folder }), output: syncStatus }),
  /** Sync now: with the folder given (the command line), or else the one remembered. */
  'sync.run': channel({ input: z.strictObject({ folder: folder.optional() }), output: syncReport }),
  /** A client's values changed on both computers (or the practice's own records'), offered as a choice. */
  'sync.conflicts': channel({
    input: z.union([
      z.strictObject({ clientId: z.string().min(1).max(100) }),
      z.strictObject({ practice: z.literal(true) }),
    ]),
    output: z.object({ conflicts: z.array(waitingChoice) }),
  }),
  /** Where values changed on both computers wait: each client, by name, and the practice's records. */
  'sync.waiting': channel({
    input: z.strictObject({}),
    output: z.object({
      clients: z.array(z.object({ clientId: z.string(), name: z.string(), count: z.number().int() })),
      practice: z.number().int(),
    }),
  }),
  /** Keep the value chosen; the other computers take it at their next sync. */
  'sync.choose': channel({
    input: z.strictObject({ id: waitingChoiceId, chosen: z.number().int().min(0).max(50) }),
    output: z.object({ conflicts: z.array(waitingChoice) }),
  }),
} satisfies Record<string, Channel>;
