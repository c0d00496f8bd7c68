// Restore a backup from the folder over the vault in use. Waymark backs up
// the vault as it is first, and erases again anyone erased since the backup.
import { useRef, useState, type FormEvent } from 'react';
import type { RestoreReport } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { SubmitButton } from '../components/SubmitButton';
import { notifyBackupsChanged } from './backup-events';
import { formatUkDate } from '../../../shared/dates';

type Props = {
  backup: { name: string; date: string; time: string };
  onRestored: (report: RestoreReport) => void;
  onCancel: () => void;
};

export function RestoreFromFolder({ backup, onRestored, onCancel }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const { isBusy, submitWith } = useSubmission();
  const inputRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      if (!passphrase) {
        setProblem('Enter the passphrase this backup was made with.');
        inputRef.current?.focus();
        return;
      }
      const result = await call('backups.restore', { name: backup.name, passphrase });
      if (!result.ok) {
        setProblem(result.error.message);
        inputRef.current?.focus();
        return;
      }
      setPassphrase('');
      notifyBackupsChanged();
      onRestored(result.value);
    });

  return (
    <section className="panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading" tabIndex={-1}>
        Restore the backup from {formatUkDate(backup.date)}, {backup.time}
      </h2>
      <p>
        Everything in the vault is replaced by this backup. First Waymark backs up the vault as it is now, into the
        backup folder, so you can go back. Anyone erased since the backup was made is erased again.
      </p>
      <form onSubmit={submit} noValidate>
        <KnownPassphraseField
          idPrefix="restore"
          label="The passphrase this backup was made with"
          value={passphrase}
          onChange={setPassphrase}
          describedBy={problem ? ['restore-problem'] : []}
          inputRef={inputRef}
        />
        <FormAlert id="restore-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Backing up the vault, then restoring…">
          Restore this backup
        </SubmitButton>{' '}
        <button type="button" className="button button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}
