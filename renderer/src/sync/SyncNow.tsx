// "Sync now": when this computer last synced, the sync itself with what it is
// doing, and what it did in plain words (with any file it could not use).
import { useState } from 'react';
import type { SyncReport, SyncStatus } from '../../../shared/contract/sync';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { ChoicesWaiting } from './ChoicesWaiting';
import { StatusMessage } from '../components/StatusMessage';
import { notifySyncChanged } from './sync-events';
import { describeSyncReport } from './sync-report';

export function SyncNow({ status, onSynced }: { status: SyncStatus; onSynced: () => void }) {
  const [problem, setProblem] = useState('');
  const [report, setReport] = useState<SyncReport | undefined>(undefined);
  const { isBusy, run } = useSubmission();
  const hasFolder = status.folder !== null;

  const syncNow = () =>
    void run(async () => {
      setProblem('');
      setReport(undefined);
      const result = await call('sync.run', {});
      if (!result.ok) {
        setProblem(`${result.error.message} Nothing in this vault was lost.`);
        return;
      }
      setReport(result.value);
      notifySyncChanged();
      onSynced();
    });

  return (
    <div className="sync-now">
      <p className="sync-last" data-testid="sync-last">
        {status.lastSynced ? status.lastSynced.text : hasFolder ? 'Not synced yet.' : 'Not set up on this computer.'}
      </p>
      <FormAlert id="sync-now-problem" message={problem} />
      <StatusMessage
        id="sync-now-status"
        message={isBusy ? 'Syncing with the shared folder…' : report ? describeSyncReport(report) : ''}
      />
      {status.conflictsWaiting > 0 ? (
        <p data-testid="sync-choices-waiting">
          <ChoicesWaiting count={status.conflictsWaiting} />
        </p>
      ) : null}
      {report && report.skipped.length > 0 ? (
        <div className="sync-skipped">
          <p id="sync-skipped-heading">
            {report.skipped.length === 1 ? 'One file' : `${report.skipped.length} files`} in the folder could not be
            used and {report.skipped.length === 1 ? 'was' : 'were'} left as{' '}
            {report.skipped.length === 1 ? 'it is' : 'they are'}:
          </p>
          <ul aria-labelledby="sync-skipped-heading">
            {report.skipped.map((skipped) => (
              <li key={skipped.file}>
                <span className="sync-skipped-file">{skipped.file}</span>: {skipped.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <BusyButton
        isBusy={isBusy}
        busyLabel="Syncing…"
        onClick={syncNow}
        disabled={!hasFolder}
        aria-describedby={hasFolder ? undefined : 'sync-now-needs-folder'}
      >
        Sync now
      </BusyButton>
      {hasFolder ? null : (
        <p id="sync-now-needs-folder" className="field-hint">
          Choose and save the shared folder first.
        </p>
      )}
    </div>
  );
}
