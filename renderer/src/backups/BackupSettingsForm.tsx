// Where backups go and how often they are taken while Waymark is unlocked.
import { useState, type FormEvent } from 'react';
import { backupsChannels, type BackupStatus } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { FolderField } from '../components/FolderField';
import { notifyBackupsChanged } from './backup-events';

const intervals = [1, 2, 4, 8, 12, 24].map((hours) => ({
  value: String(hours),
  label: hours === 1 ? 'Every hour' : hours === 24 ? 'Once a day' : `Every ${hours} hours`,
}));

export function BackupSettingsForm({ status: saved, onSaved }: { status: BackupStatus; onSaved: () => void }) {
  // The folder typed is not there: offer to make it (the folder last refused, so a changed path asks again).
  const [missingFolder, setMissingFolder] = useState('');
  const { draft, field, formRef, status, submit } = useDraftForm('backup', {
    folder: saved.folder ?? '',
    intervalHours: String(saved.intervalHours),
  });

  const save = (event: FormEvent | null, isCreatingFolder: boolean) =>
    submit(event, {
      check: () =>
        checkWith(backupsChannels['backups.configure'].input, {
          folder: draft.folder,
          intervalHours: Number(draft.intervalHours),
          isCreatingFolder,
        }),
      send: (input) => call('backups.configure', input),
      onSent: () => {
        setMissingFolder('');
        notifyBackupsChanged();
        onSaved();
        return isCreatingFolder ? 'Folder created and backup settings saved.' : 'Backup settings saved.';
      },
      onRefused: (error) => setMissingFolder(error.code === 'NOT_FOUND' && !isCreatingFolder ? draft.folder : ''),
    });
  const isOfferingToCreate = missingFolder !== '' && missingFolder === draft.folder;

  return (
    <section className="panel" aria-labelledby="backup-settings-heading">
      <h2 id="backup-settings-heading">Where backups go</h2>
      <form ref={formRef} onSubmit={(event) => save(event, false)} noValidate>
        <FolderField
          {...field('folder')}
          label="Backup folder"
          hint="A folder on another drive, such as an encrypted USB stick: choose it, or type its full path. Backups are encrypted; keep them away from this computer."
          purpose="backups"
          describedBy={describedByProblem('backup-settings', status)}
        />
        <SelectField
          {...field('intervalHours')}
          label="Automatic backups while Waymark is unlocked"
          options={intervals}
        />
        <FormAlert id="backup-settings-problem" message={status.problem} />
        {isOfferingToCreate ? (
          <div className="actions create-folder-offer">
            <BusyButton isBusy={status.isBusy} className="button button-quiet" onClick={() => save(null, true)}>
              Create this folder
            </BusyButton>
          </div>
        ) : null}
        <StatusMessage id="backup-settings-status" message={status.done} />
        <SubmitButton isBusy={status.isBusy} busyLabel="Saving…">
          Save backup settings
        </SubmitButton>
      </form>
    </section>
  );
}
