// Whether the vault changed since its last backup, for the backups taken on a
// schedule and at quit.
import type { SqliteDatabase } from '../db/open';

// Row changes on each connection when it was last backed up. total_changes()
// counts from the connection's opening, so a new connection starts unmarked.
const changesAtBackup = new WeakMap<SqliteDatabase, number>();

function totalChanges(sqlite: SqliteDatabase): number {
  return (sqlite.prepare('SELECT total_changes() AS total').get() as { total: number }).total;
}

/** Called after each backup of this connection's vault, once its record is written. */
export function markBackedUp(sqlite: SqliteDatabase): void {
  changesAtBackup.set(sqlite, totalChanges(sqlite));
}

export function hasChangesSinceBackup(sqlite: SqliteDatabase): boolean {
  return totalChanges(sqlite) > (changesAtBackup.get(sqlite) ?? 0);
}

