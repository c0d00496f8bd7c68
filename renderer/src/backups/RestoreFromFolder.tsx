// Restore a backup from the folder over the vault in use. Waymark backs up
// the vault as it is first, and erases again anyone erased since the backup.
import { useRef, type FormEvent } from 'react';
import { backupsChannels, type RestoreReport } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { notifyBackupsChanged } from './backup-events';
import { formatUkDate } from '../../../shared/dates';

type Props = {
  backup: { name: string; date: string; time: string };
  onRestored: (report: RestoreReport) => void;
  onCancel: () => void;
};

export function RestoreFromFolder({ backup, onRestored, onCancel }: Props) {
  const { draft, change, field, formRef, status, submit } = useDraftForm('restore', { passphrase: '' });
  const inputRef = useRef<HTMLInputElement>(null);

  const restore = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(backupsChannels['backups.restore'].input, { name: backup.name, ...draft }),
      send: (input) => call('backups.restore', input),
      onSent: (report) => {
        change({ passphrase: '' });
        notifyBackupsChanged();
        onRestored(report);
      },
      onRefused: () => inputRef.current?.focus(),
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
      <form ref={formRef} onSubmit={restore} noValidate>
        <KnownPassphraseField
          {...field('passphrase')}
          label="The passphrase this backup was made with"
          describedBy={describedByProblem('restore', status)}
          inputRef={inputRef}
        />
        <FormActions
          idPrefix="restore"
          status={status}
          busyLabel="Backing up the vault, then restoring…"
          onCancel={onCancel}
        >
          Restore this backup
        </FormActions>
      </form>
    </section>
  );
}
