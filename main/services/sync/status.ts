// This computer's sync setting and record: the folder it syncs through and how
// the last sync went. Kept under `sync.` keys, which never travel (synced-tables.ts).
import { statSync } from 'node:fs';
import { z } from 'zod';
import { formatUkDate, todayInLondon } from '../../../shared/dates';
import { syncReport, type SyncReport, type SyncStatus } from '../../../shared/contract/sync';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { readStoredSetting, writeStoredSetting } from '../settings/stored-settings';

const keys = { folder: 'sync.folder', last: 'sync.last' } as const;
const lastSync = z.object({ at: z.string(), report: syncReport });
const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' });

export const syncFolderOf = (vault: OpenVault): string | undefined =>
  readStoredSetting(vault, keys.folder, z.string().min(1).optional(), undefined);

/** Remembers the folder if it is there: a path typed wrongly, or a drive not connected, is said at once. */
export function rememberSyncFolder(vault: OpenVault, folder: string): void {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory())
    throw new AppError(
      'NOT_FOUND',
      `There is no folder at ${folder}. Check the path, and that the drive or shared folder is connected, then save again.`,
    );
  writeStoredSetting(vault, keys.folder, folder);
}

export function recordSync(vault: OpenVault, report: SyncReport, at: Date): void {
  writeStoredSetting(vault, keys.last, { at: at.toISOString(), report });
}

export function syncStatus(vault: OpenVault): SyncStatus {
  const last = readStoredSetting(vault, keys.last, lastSync.optional(), undefined);
  const waiting = vault.sqlite.prepare('SELECT count(*) AS n FROM sync_conflicts').get() as { n: number };
  return {
    folder: syncFolderOf(vault) ?? null,
    lastSynced: last
      ? {
          at: last.at,
          text: `Last synced: ${formatUkDate(todayInLondon(new Date(last.at)))}, ${londonTime.format(new Date(last.at))}`,
        }
      : null,
    lastReport: last?.report ?? null,
    conflictsWaiting: waiting.n,
  };
}
