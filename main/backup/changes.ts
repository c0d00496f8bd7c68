// Whether the vault changed since its last backup, for the backups taken on a
// schedule and at quit.
import type { SqliteDatabase } from '../db/open';
import { changesOtherThanHousekeeping } from '../vault/housekeeping-changes';

// Row changes on each connection when it was last backed up. total_changes()
// counts from the connection's opening, so a new connection starts unmarked.
const changesAtBackup = new WeakMap<SqliteDatabase, number>();

/** Row changes made through this connection since it opened, the vault's own upkeep aside. */
export function changeCount(sqlite: SqliteDatabase): number {
  return changesOtherThanHousekeeping(sqlite);
}

/**
 * Called after each backup of this connection's vault, once its record is
 * written. `covered` is the change count the backup includes: a backup made in
 * a worker covers only the changes made before it started.
 */
export function markBackedUp(sqlite: SqliteDatabase, covered = changeCount(sqlite)): void {
  changesAtBackup.set(sqlite, covered);
}

export function hasChangesSinceBackup(sqlite: SqliteDatabase): boolean {
  return changeCount(sqlite) > (changesAtBackup.get(sqlite) ?? 0);
}
