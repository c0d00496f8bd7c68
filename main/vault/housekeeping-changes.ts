// Rows the vault writes for its own upkeep rather than the adviser's work (the
// record of its last full damage check). A backup is taken at quit and on the
// schedule only when something changed since the last one (main/backup/changes.ts);
// upkeep alone is not a change worth a backup.
import type { SqliteDatabase } from '../db/open';

const housekeepingChanges = new WeakMap<SqliteDatabase, number>();

/** Runs an upkeep write on this connection and keeps its row changes out of the adviser's count. */
export function writeAsHousekeeping(sqlite: SqliteDatabase, write: () => void): void {
  const before = totalChanges(sqlite);
  try {
    write();
  } finally {
    const made = totalChanges(sqlite) - before;
    housekeepingChanges.set(sqlite, (housekeepingChanges.get(sqlite) ?? 0) + made);
  }
}

/** Row changes made through this connection since it opened, its upkeep aside. */
export function changesOtherThanHousekeeping(sqlite: SqliteDatabase): number {
  return totalChanges(sqlite) - (housekeepingChanges.get(sqlite) ?? 0);
}

function totalChanges(sqlite: SqliteDatabase): number {
  return (sqlite.prepare('SELECT total_changes() AS total').get() as { total: number }).total;
}
