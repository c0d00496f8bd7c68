// Handlers for sync between the adviser's computers through a shared folder.
import type { syncChannels } from '../../shared/contract/sync';
import {
  chooseValue,
  createSyncRunner,
  listConflicts,
  listWaiting,
  rememberSyncFolder,
  syncInProcess,
  syncStatus,
  syncWithFolder,
} from '../services/sync';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function syncHandlers({ vault, syncs }: HandlerContext): HandlerGroup<typeof syncChannels> {
  // One sync at a time, whoever asks: "Sync now", the schedule, locking and quitting.
  const runner = syncs ?? createSyncRunner({ vault, syncFolder: syncInProcess(syncWithFolder) });
  return {
    'sync.status': () => syncStatus(vault().database()),
    'sync.configure': ({ folder }) => {
      rememberSyncFolder(vault().database(), folder);
      return syncStatus(vault().database());
    },
    'sync.run': ({ folder }) => runner.syncNow(folder),
    'sync.conflicts': (of) => ({ conflicts: listConflicts(vault().database(), of) }),
    'sync.waiting': () => listWaiting(vault().database()),
    'sync.choose': async ({ id, chosen }) => {
      await chooseValue(() => vault().database(), { ...id, chosen });
      const of = id.entity.startsWith('client:')
        ? { clientId: id.entity.slice('client:'.length) }
        : ({ practice: true } as const);
      return { conflicts: listConflicts(vault().database(), of) };
    },
  };
}
