// The sync part of the status bar: when this computer last synced, and a
// gentle note when values changed on both computers wait for a choice.
import { useEffect, useRef } from 'react';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { ChoicesWaiting } from './ChoicesWaiting';
import { onSyncChanged } from './sync-events';

export function SyncStatusLine() {
  const status = useQuery('sync.status', {});
  const { reload } = status;
  useEffect(() => onSyncChanged(reload), [reload]);
  // Main syncs on its own every few minutes: the line looks again as the adviser moves between pages.
  const { previous } = useNavigation();
  const isFirstPage = useRef(true);
  useEffect(() => {
    if (isFirstPage.current) isFirstPage.current = false;
    else reload();
  }, [previous, reload]);

  if (!status.value?.folder) return null;
  const { lastSynced, conflictsWaiting } = status.value;
  return (
    <p className="sync-status" data-testid="sync-status">
      {lastSynced ? `${lastSynced.text}.` : 'Not synced yet.'}
      {conflictsWaiting > 0 ? ' ' : null}
      <ChoicesWaiting count={conflictsWaiting} />
    </p>
  );
}
