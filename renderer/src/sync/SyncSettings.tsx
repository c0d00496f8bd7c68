// Settings' "Sync between your computers": the shared folder this computer
// syncs through, what goes into it, when it last synced, and "Sync now".
import type { FormEvent } from 'react';
import { syncChannels, type SyncStatus } from '../../../shared/contract/sync';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
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
  const { draft, field, formRef, status: saving, submit } = useDraftForm('sync', { folder: status.folder ?? '' });

  const save = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(syncChannels['sync.configure'].input, draft),
      send: (input) => call('sync.configure', input),
      onSent: () => {
        notifySyncChanged();
        onSaved();
        return 'Sync folder saved. This computer syncs through it from now on.';
      },
    });

  // Its own foot rather than FormActions: the saved message keeps the id the sync tests find it by (-status, not -done).
  return (
    <form ref={formRef} onSubmit={save} noValidate>
      <FolderField
        {...field('folder')}
        label="Shared folder"
        hint="The folder your computers share: choose it, or type its full path. Each computer remembers its own."
        purpose="sync"
        describedBy={describedByProblem('sync-settings', saving)}
      />
      <FormAlert id="sync-settings-problem" message={saving.problem} />
      <StatusMessage id="sync-settings-status" message={saving.done} />
      <SubmitButton isBusy={saving.isBusy} busyLabel="Saving…">
        Save sync folder
      </SubmitButton>
    </form>
  );
}
