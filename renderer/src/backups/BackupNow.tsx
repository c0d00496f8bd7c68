// "Back up now": a verified backup into the folder, saying what it is doing.
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { notifyBackupsChanged } from './backup-events';
import { formatBytes } from './backup-formats';

export function BackupNow({ hasFolder, onBackedUp }: { hasFolder: boolean; onBackedUp: () => void }) {
  const { status, submit } = useForm();
  const { problem, done, isBusy } = status;

  const backUp = () =>
    submit(null, {
      check: () => ({ value: {} }),
      send: (input) => call('backups.runNow', input),
      onSent: ({ name, bytes, pruned }) => {
        notifyBackupsChanged();
        onBackedUp();
        return `Backed up and checked: ${name} (${formatBytes(bytes)}).${pruned > 0 ? ` ${pruned} older backup${pruned === 1 ? ' was' : 's were'} no longer needed and removed.` : ''}`;
      },
    });

  return (
    <section className="panel" aria-labelledby="backup-now-heading">
      <h2 id="backup-now-heading">Back up now</h2>
      <p>
        Waymark copies the vault, still encrypted, into the backup folder, then opens the copy and checks it is
        complete.
      </p>
      <FormAlert id="backup-now-problem" message={problem} />
      <StatusMessage id="backup-now-status" message={isBusy ? 'Backing up and checking the copy…' : done} />
      <button
        type="button"
        className="button button-primary"
        onClick={backUp}
        aria-disabled={isBusy || !hasFolder ? true : undefined}
        disabled={!hasFolder}
      >
        {isBusy ? 'Backing up…' : 'Back up now'}
      </button>
      {hasFolder ? null : <p className="field-hint">Choose a backup folder first.</p>}
    </section>
  );
}
