// Everything sync carries, as one vault's tables hold it, for comparing two
// vaults after they have synced (main/services/sync/case-file-rows.ts).
import { readFields } from '../../main/services/sync/case-file-rows';
import type { OpenVault } from '../../main/vault';

export function syncedRecords(vault: OpenVault): Record<string, [string, unknown][]> {
  const entities = [
    'practice',
    ...(vault.sqlite.prepare('SELECT id FROM clients ORDER BY id').all() as { id: string }[]).map(
      (row) => `client:${row.id}`,
    ),
  ];
  return Object.fromEntries(
    entities.map((entity) => [
      entity,
      // A transaction: reading gives a row that never travelled its sync id.
      vault.sqlite.transaction(() => [...readFields(vault.sqlite, entity)].sort(([a], [b]) => a.localeCompare(b)))(),
    ]),
  );
}
