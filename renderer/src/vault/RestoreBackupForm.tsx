// Offered on the unlock screen when the vault is found damaged: restore a
// backup file over it. The damaged files are moved aside, never deleted.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RestoreReport } from '../../../shared/contract/backups';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { RestoreReportView } from '../backups/RestoreReportView';
import { FormAlert } from '../components/FormAlert';
import { KnownPassphraseField } from '../components/KnownPassphraseField';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';

export function RestoreBackupForm({ onRestored }: { onRestored: () => void }) {
  const [file, setFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [report, setReport] = useState<RestoreReport | undefined>(undefined);
  const { isBusy, submitWith } = useSubmission();
  const fileRef = useRef<HTMLInputElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);

  // Once restored, the form is gone: focus goes to the one thing to do next.
  useEffect(() => {
    if (report) continueRef.current?.focus();
  }, [report]);

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      if (!file.trim() || !passphrase) {
        setProblem('Give the backup file, with its full path, and the passphrase it was made with.');
        fileRef.current?.focus();
        return;
      }
      const result = await call('backups.restoreDamaged', { file, passphrase });
      if (!result.ok) {
        setProblem(result.error.message);
        return;
      }
      setProblem('');
      setPassphrase('');
      setReport(result.value);
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
      <form onSubmit={submit} noValidate>
        <TextField
          id="restore-file"
          label="Backup file, with its full path"
          value={file}
          onChange={setFile}
          inputRef={fileRef}
          describedBy={problem ? ['restore-damaged-problem'] : []}
        />
        <KnownPassphraseField
          idPrefix="restore-damaged"
          label="The passphrase the backup was made with"
          value={passphrase}
          onChange={setPassphrase}
        />
        <FormAlert id="restore-damaged-problem" message={problem} />
        <SubmitButton isBusy={isBusy} busyLabel="Restoring…">
          Restore this backup
        </SubmitButton>
      </form>
    </section>
  );
}
