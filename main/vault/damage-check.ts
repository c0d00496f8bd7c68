// The check for damage after unlocking. It runs in a worker thread while the
// adviser starts work (SQLite meanwhile refuses any damaged page that is
// actually read). Every unlock checks the seal on every page, about 1 s at
// 20,000 clients; once a week, or whenever a seal does not match, SQLite's own
// check also reads every page and walks every table's structure, which finds
// what seals cannot: pages each whole but from different moments (a vault
// file copied while it was being written). That takes three times as long.
import type { SqliteDatabase } from '../db/open';
import { writeAsHousekeeping } from './housekeeping-changes';
import { startWorkerWithKey } from '../workers/start-worker';
import type { DamageCheckResult } from './damage-check-worker';

// Under `backups.`: like the backups' own records, this computer's check of its own file never
// travels to another computer (main/services/sync/synced-tables.ts keeps `backups.%` local).
const fullCheckSetting = 'backups.vaultFullyCheckedAt';
const fullCheckEveryMs = 7 * 24 * 60 * 60 * 1000;

export function checkForDamage(
  file: string,
  dataKey: Buffer,
  nativeBinding: string | undefined,
  { isFullCheckDue }: { isFullCheckDue: boolean },
): Promise<DamageCheckResult> {
  const unchecked: DamageCheckResult = { outcome: 'unchecked', isFullCheck: false };
  return new Promise((resolveCheck) => {
    // The worker zeroes its copy of the key when done.
    const worker = startWorkerWithKey(
      new URL('./damage-check-worker.ts', import.meta.url),
      'damage-check-worker.cjs',
      dataKey,
      (key) => ({ file, dataKey: key, nativeBinding, isFullCheckDue }),
    );
    worker.once('message', (result: DamageCheckResult) => resolveCheck(result));
    worker.once('error', () => resolveCheck(unchecked));
    worker.once('exit', () => resolveCheck(unchecked));
  });
}

/** Due when no full check has passed in the last week (or ever, or the record is unreadable). */
export function isFullDamageCheckDue(sqlite: SqliteDatabase, now: Date): boolean {
  try {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(fullCheckSetting) as
      { value: string } | undefined;
    const last = row ? Date.parse(JSON.parse(row.value) as string) : Number.NaN;
    // A record in the future (the clock was wrong then, or is now) is not trusted either.
    const isRecent = last <= now.getTime() && now.getTime() - last < fullCheckEveryMs;
    return !isRecent;
  } catch {
    return true;
  }
}

/** Left unrecorded if the write fails: the next unlock then runs the full check again, which is harmless. */
export function recordFullDamageCheck(sqlite: SqliteDatabase, now: Date): void {
  try {
    writeAsHousekeeping(sqlite, () =>
      sqlite
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(fullCheckSetting, JSON.stringify(now.toISOString())),
    );
  } catch {
    // See above.
  }
}
