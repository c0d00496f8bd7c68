// Counts of each main record type, for `waymark verify` and backup checks.
// Each later domain adds its table here so a count can never be forgotten.
import { count } from 'drizzle-orm';
import { actionPlans, auditEvents, clients, interviews, organisations } from '../../db/schema';
import type { VaultDatabase } from '../../vault';

// `schools` counts every organisation the adviser works for (schools, colleges, providers, private practice).
const countedTables = { schools: organisations, clients, interviews, plans: actionPlans, auditEvents } as const;

export type RecordCounts = Record<keyof typeof countedTables, number>;

export function countRecords(db: VaultDatabase): RecordCounts {
  const counts = {} as RecordCounts;
  for (const [name, table] of Object.entries(countedTables) as [keyof typeof countedTables, (typeof countedTables)[keyof typeof countedTables]][]) {
    counts[name] = db.select({ total: count() }).from(table).get()?.total ?? 0;
  }
  return counts;
}
