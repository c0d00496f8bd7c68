// How many quiet minutes before Waymark locks itself.
import { useRef, useState } from 'react';
import { autoLockMinutesRange } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { useLoadedSettings } from './use-loaded-settings';

const { min, max } = autoLockMinutesRange;

export function AutoLockForm() {
  const [minutes, setMinutes] = useState('');
  const { formRef, errors, status, submit, setProblem } = useForm();
  const inputRef = useRef<HTMLInputElement>(null);
  const isLoaded = useLoadedSettings((settings) => setMinutes(String(settings.autoLockMinutes)), setProblem);

  const check = () => {
    const value = Number(minutes.trim());
    if (minutes.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
      return {
        errors: { minutes: `Enter a whole number of minutes from ${min} to ${max}.` },
        focus: () => inputRef.current?.focus(),
      };
    }
    return { value };
  };

  return (
    <section className="panel" aria-labelledby="auto-lock-heading">
      <h2 id="auto-lock-heading">Automatic lock</h2>
      <p>Waymark locks itself when you have not used it for a while, in case you step away from this computer.</p>
      <form
        ref={formRef}
        onSubmit={(event) =>
          submit(event, {
            check,
            send: (autoLockMinutes) => call('settings.update', { autoLockMinutes }),
            onSent: ({ autoLockMinutes: saved }) => {
              setMinutes(String(saved));
              return `Saved. Waymark will lock after ${saved} ${saved === 1 ? 'minute' : 'minutes'} without activity.`;
            },
            onRefused: () => inputRef.current?.focus(),
          })
        }
        noValidate
      >
        <TextField
          id="auto-lock-minutes"
          label="Minutes without activity before Waymark locks"
          hint={`From ${min} to ${max} minutes.`}
          type="number"
          value={minutes}
          onChange={setMinutes}
          error={errors.minutes}
          describedBy={status.problem ? ['auto-lock-problem'] : []}
          inputRef={inputRef}
          className="number-input"
          inputProps={{ min, max, inputMode: 'numeric', readOnly: !isLoaded }}
        />
        <FormActions idPrefix="auto-lock" status={status}>
          Save
        </FormActions>
      </form>
    </section>
  );
}
