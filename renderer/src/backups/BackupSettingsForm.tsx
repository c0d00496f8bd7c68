// Where backups go and how often they are taken while Waymark is unlocked.
import { useState, type FormEvent } from 'react';
import type { BackupStatus } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { notifyBackupsChanged } from './backup-events';

const intervals = [1, 2, 4, 8, 12, 24].map((hours) => ({ value: String(hours), label: hours === 1 ? 'Every hour' : hours === 24 ? 'Once a day' : `Every ${hours} hours` }));

export function BackupSettingsForm({ status, onSaved }: { status: BackupStatus; onSaved: () => void }) {
  const [folder, setFolder] = useState(status.folder ?? '');
  const [intervalHours, setIntervalHours] = useState(String(status.intervalHours));
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      const result = await call('backups.configure', { folder, intervalHours: Number(intervalHours) });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setDone('Backup settings saved.');
      notifyBackupsChanged();
      onSaved();
    });
  };

  return (
    <section className="panel" aria-labelledby="backup-settings-heading">
      <h2 id="backup-settings-heading">Where backups go</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="backup-folder"
          label="Backup folder"
          hint="The full path of a folder on another drive, such as an encrypted USB stick. Backups are encrypted; keep them away from this computer."
          value={folder}
          onChange={setFolder}
          describedBy={problem ? ['backup-settings-problem'] : []}
        />
        <SelectField id="backup-interval" label="Automatic backups while Waymark is unlocked" value={intervalHours} options={intervals} onChange={setIntervalHours} />
        <FormAlert id="backup-settings-problem" message={problem} />
        <StatusMessage id="backup-settings-status" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save backup settings
        </SubmitButton>
      </form>
    </section>
  );
}
