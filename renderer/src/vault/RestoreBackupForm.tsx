// Offered on the unlock screen when the vault is found damaged: restore a
// backup file over it. The damaged files are moved aside, never deleted.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { backupsChannels, type RestoreReport } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { checkWith, useForm } from '../app/use-form';
import { RestoreReportView } from '../backups/RestoreReportView';
import { FormActions } from '../components/FormActions';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { TextField } from '../components/TextField';

export function RestoreBackupForm({ onRestored }: { onRestored: () => void }) {
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [report, setReport] = useState<RestoreReport | undefined>(undefined);
  const { formRef, errors, status, submit } = useForm();
  const continueRef = useRef<HTMLButtonElement>(null);

  // Once restored, the form is gone: focus goes to the one thing to do next.
  useEffect(() => {
    if (report) continueRef.current?.focus();
  }, [report]);

  const restore = (event: FormEvent) =>
    submit(event, {
      check: () => checkWith(backupsChannels['backups.restoreDamaged'].input, { file, passphrase }),
      send: (input) => call('backups.restoreDamaged', input),
      onSent: (restored) => {
        setPassphrase('');
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
          id="restore-file"
          label="Backup file, with its full path"
          value={file}
          onChange={setFile}
          error={errors.file}
          describedBy={status.problem ? ['restore-damaged-problem'] : []}
        />
        <KnownPassphraseField
          idPrefix="restore-damaged"
          label="The passphrase the backup was made with"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
        />
        <FormActions idPrefix="restore-damaged" status={status} busyLabel="Restoring…">
          Restore this backup
        </FormActions>
      </form>
    </section>
  );
}
