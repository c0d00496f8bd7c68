// Where backups go and how often they are taken while Waymark is unlocked.
import { useState, type FormEvent } from 'react';
import type { BackupStatus } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
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

export function BackupSettingsForm({ status, onSaved }: { status: BackupStatus; onSaved: () => void }) {
  const [folder, setFolder] = useState(status.folder ?? '');
  const [intervalHours, setIntervalHours] = useState(String(status.intervalHours));
  const [problem, setProblem] = useState('');
  // The folder typed is not there: offer to make it (the folder last refused, so a changed path asks again).
  const [missingFolder, setMissingFolder] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const save = (isCreatingFolder: boolean) =>
    run(async () => {
      setDone('');
      const result = await call('backups.configure', {
        folder,
        intervalHours: Number(intervalHours),
        ...(isCreatingFolder ? { isCreatingFolder } : {}),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        setMissingFolder(result.error.code === 'NOT_FOUND' && !isCreatingFolder ? folder : '');
        return;
      }
      setProblem('');
      setMissingFolder('');
      setDone(isCreatingFolder ? 'Folder created and backup settings saved.' : 'Backup settings saved.');
      notifyBackupsChanged();
      onSaved();
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(false);
  };
  const isOfferingToCreate = missingFolder !== '' && missingFolder === folder;

  return (
    <section className="panel" aria-labelledby="backup-settings-heading">
      <h2 id="backup-settings-heading">Where backups go</h2>
      <form onSubmit={submit} noValidate>
        <FolderField
          id="backup-folder"
          label="Backup folder"
          hint="A folder on another drive, such as an encrypted USB stick: choose it, or type its full path. Backups are encrypted; keep them away from this computer."
          purpose="backups"
          value={folder}
          onChange={setFolder}
          describedBy={problem ? ['backup-settings-problem'] : []}
        />
        <SelectField
          id="backup-interval"
          label="Automatic backups while Waymark is unlocked"
          value={intervalHours}
          options={intervals}
          onChange={setIntervalHours}
        />
        <FormAlert id="backup-settings-problem" message={problem} />
        {isOfferingToCreate ? (
          <div className="actions create-folder-offer">
            <BusyButton isBusy={isBusy} className="button button-quiet" onClick={() => void save(true)}>
              Create this folder
            </BusyButton>
          </div>
        ) : null}
        <StatusMessage id="backup-settings-status" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save backup settings
        </SubmitButton>
      </form>
    </section>
  );
}
