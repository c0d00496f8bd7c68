// The sync part of the status bar: when this computer last synced, and a
// gentle note when values changed on both computers wait for a choice.
import { useEffect } from 'react';
import { useQuery } from '../api/use-query';
import { onSyncChanged } from './sync-events';

export function SyncStatusLine() {
  const status = useQuery('sync.status', {});
  const { reload } = status;
  useEffect(() => onSyncChanged(reload), [reload]);

  if (!status.value?.folder) return null;
  const { lastSynced, conflictsWaiting } = status.value;
  return (
    <p className="sync-status" data-testid="sync-status">
      {lastSynced ? lastSynced.text : 'Not synced yet.'}
      {conflictsWaiting > 0
        ? ` ${conflictsWaiting === 1 ? 'One value changed' : `${conflictsWaiting} values changed`} on both computers ${conflictsWaiting === 1 ? 'waits' : 'wait'} for your choice on the client's page.`
        : null}
    </p>
  );
}
