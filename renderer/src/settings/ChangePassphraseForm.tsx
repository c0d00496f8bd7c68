// Change the passphrase: the current one proves it is the adviser; the data
// stays as it is and only the key's wrapping changes.
import { useRef, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useNewPassphrase } from '../app/use-new-passphrase';
import { useSubmission } from '../app/use-submission';
import { FormActions } from '../components/FormActions';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { PassphraseField } from '../components/PassphraseField';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const newPassphrase = useNewPassphrase();
  const [currentError, setCurrentError] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, submitWith } = useSubmission();
  const currentRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) =>
    submitWith(event, async () => {
      setProblem('');
      setDone('');
      const foundCurrentError = current.length === 0 ? 'Enter your current passphrase.' : '';
      const boxToFix = newPassphrase.check();
      setCurrentError(foundCurrentError);
      if (foundCurrentError || boxToFix) {
        (foundCurrentError ? currentRef : boxToFix)?.current?.focus();
        return;
      }
      const result = await call('vault.changePassphrase', {
        currentPassphrase: current,
        newPassphrase: newPassphrase.passphrase,
        confirmation: newPassphrase.confirmation,
      });
      if (result.ok) {
        setCurrent('');
        newPassphrase.clear();
        setDone('Passphrase changed. Use the new passphrase next time you unlock Waymark.');
        return;
      }
      if (result.error.code === 'WRONG_PASSPHRASE' || result.error.code === 'TOO_MANY_ATTEMPTS') {
        setCurrentError(result.error.message);
        currentRef.current?.focus();
        return;
      }
      setProblem(result.error.message);
      newPassphrase.focus();
    });

  return (
    <section className="panel" aria-labelledby="change-passphrase-heading">
      <h2 id="change-passphrase-heading">Change passphrase</h2>
      <p>Your recovery code stays the same.</p>
      <form onSubmit={submit} noValidate>
        <PassphraseField
          id="change-current"
          label="Current passphrase"
          value={current}
          onChange={setCurrent}
          error={currentError}
          isVisible={newPassphrase.isVisible}
          autoComplete="current-password"
          inputRef={currentRef}
        />
        <NewPassphraseFields
          idPrefix="change"
          labels={{ passphrase: 'New passphrase', confirmation: 'Type the new passphrase again' }}
          {...newPassphrase.fields}
          describedBy={problem ? ['change-problem'] : []}
        />
        <FormActions idPrefix="change" status={{ problem, done, isBusy }} busyLabel="Changing passphrase…">
          Change passphrase
        </FormActions>
      </form>
    </section>
  );
}
