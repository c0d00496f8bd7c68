// Sync between an adviser's computers through a folder they share (see
// with-folder.ts and docs/sync.md). This door loads Automerge (16 MB and about
// 0.2 s) only when a sync or a choice needs it: in the app each sync runs in a
// worker thread of its own, so the window's process loads it only when the
// adviser settles a value changed on both computers.
import type { OpenVault } from '../../vault';
import type { ConflictChoice } from './conflicts';
import type { SyncOptions, SyncReport } from './with-folder';

export type { SyncOptions, SyncReport } from './with-folder';

export async function syncWithFolder(vault: OpenVault, folder: string, options?: SyncOptions): Promise<SyncReport> {
  const { syncWithFolder: sync } = await import('./with-folder');
  return sync(vault, folder, options);
}

/**
 * Keeps the value the adviser chose of those two computers set differently. The vault is asked
 * for once Automerge is loaded, so a lock meanwhile gets the usual answer.
 */
export async function chooseValue(vault: () => OpenVault, choice: ConflictChoice): Promise<void> {
  const { chooseValue: choose } = await import('./conflicts');
  choose(vault(), choice);
}

export { documentIdOf } from './document-id';
export { listConflicts, listWaiting, type ChoicesOf, type WaitingChoice } from './waiting-choices';
export { rememberSyncFolder, recordSync, syncFolderOf, syncStatus } from './status';
export { createSyncRunner, syncInProcess, type SyncRunner } from './schedule';
export { recordInWorker, stopSyncWorkers, syncInWorker } from './in-worker';
