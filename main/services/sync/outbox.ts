// The outbox: the documents whose records changed here since they were last
// recorded (sync_outbox, filled by the tables' triggers). Light on purpose: the
// window's process asks it on a timer, without loading Automerge (index.ts).
import type { OpenVault } from '../../vault';

/**
 * The outbox entries there are records for. A client erased here stays in the
 * outbox until a sync: that is how the sync knows to tell the other computers.
 */
export const recordableSql = `SELECT entity FROM sync_outbox o
  WHERE o.entity NOT LIKE 'client:%' OR EXISTS (SELECT 1 FROM clients c WHERE c.id = substr(o.entity, 8))`;

/** Whether anything changed here waits to be recorded. */
export const hasChangesToRecord = (vault: OpenVault): boolean =>
  vault.sqlite.prepare(`${recordableSql} LIMIT 1`).get() !== undefined;
