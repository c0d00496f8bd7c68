// Settings' "Sync between your computers": the shared folder this computer
// syncs through, what goes into it, when it last synced, and "Sync now".
import { useState, type FormEvent } from 'react';
import type { SyncStatus } from '../../../shared/contract/sync';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useSubmission } from '../app/use-submission';
import { FolderField } from '../components/FolderField';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { notifySyncChanged } from './sync-events';
import { SyncNow } from './SyncNow';
import './sync.css';

export function SyncSettings() {
  const status = useQuery('sync.status', {});
  return (
    <section className="panel" aria-labelledby="sync-settings-heading">
      <h2 id="sync-settings-heading">Sync between your computers</h2>
      <p>
        Keep the same caseload on two computers, such as a laptop you take into schools and a desktop at home. They sync
        through a folder both can reach: a Syncthing folder, a NAS share, a cloud-synced folder or a USB stick. Only
        sealed files go into it; without this vault’s keys nobody can read them.
      </p>
      <p>
        To set up the second computer, restore a backup of this vault on it, then choose the same shared folder there.
        Waymark syncs every few minutes while it is unlocked, and again when it locks or closes.
      </p>
      {status.value ? (
        <>
          <SyncFolderForm status={status.value} onSaved={status.reload} />
          <SyncNow status={status.value} onSynced={status.reload} />
        </>
      ) : status.problem ? (
        <LoadProblem what="The sync settings" message={status.problem} onRetry={status.reload} />
      ) : (
        <Loading what="the sync settings" />
      )}
    </section>
  );
}

function SyncFolderForm({ status, onSaved }: { status: SyncStatus; onSaved: () => void }) {
  const [folder, setFolder] = useState(status.folder ?? '');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      const result = await call('sync.configure', { folder });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setDone('Sync folder saved. This computer syncs through it from now on.');
      notifySyncChanged();
      onSaved();
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <FolderField
        id="sync-folder"
        label="Shared folder"
        hint="The folder your computers share: choose it, or type its full path. Each computer remembers its own."
        purpose="sync"
        value={folder}
        onChange={setFolder}
        describedBy={problem ? ['sync-settings-problem'] : []}
      />
      <FormAlert id="sync-settings-problem" message={problem} />
      <StatusMessage id="sync-settings-status" message={done} />
      <SubmitButton isBusy={isBusy} busyLabel="Saving…">
        Save sync folder
      </SubmitButton>
    </form>
  );
}
