// Handlers for sync between the adviser's computers through a shared folder.
import type { syncChannels } from '../../shared/contract/sync';
import { AppError } from '../errors';
import {
  chooseValue,
  listConflicts,
  rememberSyncFolder,
  recordSync,
  syncFolderOf,
  syncStatus,
  syncWithFolder,
} from '../services/sync';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function syncHandlers({ vault }: HandlerContext): HandlerGroup<typeof syncChannels> {
  return {
    'sync.status': () => syncStatus(vault().database()),
    'sync.configure': ({ folder }) => {
      rememberSyncFolder(vault().database(), folder);
      return syncStatus(vault().database());
    },
    'sync.run': async ({ folder }) => {
      const open = vault().database();
      const chosen = folder ?? syncFolderOf(open);
      if (!chosen) throw new AppError('VALIDATION', 'Choose the shared folder to sync through first.');
      const now = new Date();
      const report = await syncWithFolder(open, chosen, { now });
      recordSync(open, report, now);
      return report;
    },
    'sync.conflicts': ({ clientId }) => ({ conflicts: listConflicts(vault().database(), clientId) }),
    'sync.choose': ({ id, chosen }) => {
      const open = vault().database();
      chooseValue(open, { ...id, chosen });
      const clientId = id.entity.startsWith('client:') ? id.entity.slice('client:'.length) : '';
      return { conflicts: listConflicts(open, clientId) };
    },
  };
}
