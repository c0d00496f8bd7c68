// Counts of each main record type, for `waymark verify` and backup checks, and
// the checks `waymark verify` makes. Each later domain adds its table here so a
// count can never be forgotten.
import { count } from 'drizzle-orm';
import { schemaVersion } from '../../db/migrations';
import { cipherName } from '../../db/open';
import { actionPlans, auditEvents, clients, interviews, organisations } from '../../db/schema';
import type { OpenVault, VaultDatabase } from '../../vault';

// `schools` counts every organisation the adviser works for (schools, colleges, providers, private practice).
const countedTables = { schools: organisations, clients, interviews, plans: actionPlans, auditEvents } as const;

export type RecordCounts = Record<keyof typeof countedTables, number>;

export function countRecords(db: VaultDatabase): RecordCounts {
  const counts = {} as RecordCounts;
  for (const [name, table] of Object.entries(countedTables) as [
    keyof typeof countedTables,
    (typeof countedTables)[keyof typeof countedTables],
  ][]) {
    counts[name] = db.select({ total: count() }).from(table).get()?.total ?? 0;
  }
  return counts;
}

export type VaultCheck = {
  ok: boolean;
  cipher: string;
  integrity: string;
  schemaVersion: number;
  counts: RecordCounts;
};

/** Proves the open vault is encrypted and whole, and counts what is in it. */
export function checkVault({ sqlite, db }: OpenVault): VaultCheck {
  const cipher = cipherName(sqlite);
  const integrityRows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const integrity = integrityRows.map((row) => row.integrity_check).join('; ');
  return {
    ok: cipher === 'sqlcipher' && integrity === 'ok',
    cipher,
    integrity,
    schemaVersion: schemaVersion(sqlite),
    counts: countRecords(db),
  };
}
