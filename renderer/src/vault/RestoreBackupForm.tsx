// Offered on the unlock screen when the vault is found damaged: restore a
// backup file over it. The damaged files are moved aside, never deleted.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { backupsChannels, type RestoreReport } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { checkWith, useDraftForm } from '../app/use-form';
import { RestoreReportView } from '../backups/RestoreReportView';
import { FormActions } from '../components/FormActions';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { TextField } from '../components/TextField';

export function RestoreBackupForm({ onRestored }: { onRestored: () => void }) {
  const { draft, change, field, formRef, status, submit } = useDraftForm('restore-damaged', {
    file: '',
    passphrase: '',
  });
  const [report, setReport] = useState<RestoreReport | undefined>(undefined);
  const continueRef = useRef<HTMLButtonElement>(null);

  // Once restored, the form is gone: focus goes to the one thing to do next.
  useEffect(() => {
    if (report) continueRef.current?.focus();
  }, [report]);

  const restore = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(backupsChannels['backups.restoreDamaged'].input, draft),
      send: (input) => call('backups.restoreDamaged', input),
      onSent: (restored) => {
        change({ passphrase: '' });
        setReport(restored);
      },
    });

  if (report) {
    return (
      <>
        <RestoreReportView report={report} headingId="damaged-restore-report" />
        <button ref={continueRef} type="button" className="button button-primary" onClick={onRestored}>
          Open Waymark
        </button>
      </>
    );
  }

  return (
    <section aria-labelledby="restore-damaged-heading" className="panel">
      <h2 id="restore-damaged-heading">Restore from a backup</h2>
      <p>
        Waymark moves the damaged files into a dated folder beside the vault (nothing is deleted), then restores the
        backup in their place. Backups are named like waymark-2026-11-23-1752.wmbackup.
      </p>
      <form ref={formRef} onSubmit={restore} noValidate>
        <TextField
          {...field('file')}
          label="Backup file, with its full path"
          describedBy={describedByProblem('restore-damaged', status)}
        />
        <KnownPassphraseField {...field('passphrase')} label="The passphrase the backup was made with" />
        <FormActions idPrefix="restore-damaged" status={status} busyLabel="Restoring…">
          Restore this backup
        </FormActions>
      </form>
    </section>
  );
}
