// How many quiet minutes before Waymark locks itself.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { autoLockMinutesRange } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';

const { min, max } = autoLockMinutesRange;

export function AutoLockForm() {
  const [minutes, setMinutes] = useState('');
  const [isLoaded, setIsLoaded] = useState(false);
  const [error, setError] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let isCurrent = true;
    void call('settings.get', {}).then((result) => {
      if (!isCurrent) return;
      if (result.ok) {
        setMinutes(String(result.value.autoLockMinutes));
        setIsLoaded(true);
      } else {
        setProblem(`Your settings could not be read. ${result.error.message}`);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const value = Number(minutes.trim());
      if (minutes.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
        setError(`Enter a whole number of minutes from ${min} to ${max}.`);
        inputRef.current?.focus();
        return;
      }
      setError('');
      const result = await call('settings.update', { autoLockMinutes: value });
      if (result.ok) {
        const saved = result.value.autoLockMinutes;
        setMinutes(String(saved));
        setDone(`Saved. Waymark will lock after ${saved} ${saved === 1 ? 'minute' : 'minutes'} without activity.`);
        return;
      }
      setProblem(result.error.message);
      inputRef.current?.focus();
    });
  };

  return (
    <section className="panel" aria-labelledby="auto-lock-heading">
      <h2 id="auto-lock-heading">Automatic lock</h2>
      <p>Waymark locks itself when you have not used it for a while, in case you step away from this computer.</p>
      <form onSubmit={submit} noValidate>
        <TextField
          id="auto-lock-minutes"
          label="Minutes without activity before Waymark locks"
          hint={`From ${min} to ${max} minutes.`}
          type="number"
          value={minutes}
          onChange={setMinutes}
          error={error}
          describedBy={problem ? ['auto-lock-problem'] : []}
          inputRef={inputRef}
          className="number-input"
          inputProps={{ min, max, inputMode: 'numeric', readOnly: !isLoaded }}
        />
        <FormAlert id="auto-lock-problem" message={problem} />
        <StatusMessage id="auto-lock-done" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save
        </SubmitButton>
      </form>
    </section>
  );
}
