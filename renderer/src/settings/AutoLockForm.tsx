// How many quiet minutes before Waymark locks itself.
import { useRef } from 'react';
import { autoLockMinutesRange } from '../../../shared/contract/limits';
import { call } from '../api/client';
import { describedByProblem } from '../app/described-by-problem';
import { useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { TextField } from '../components/TextField';
import { savedUnlessTyped, useLoadedSettings } from './use-loaded-settings';

const { min, max } = autoLockMinutesRange;
const blank = { minutes: '' };

export function AutoLockForm() {
  const { draft, change, setDraft, field, formRef, status, submit, setProblem } = useDraftForm('auto-lock', blank);
  const inputRef = useRef<HTMLInputElement>(null);
  useLoadedSettings(
    (settings) => setDraft((typed) => savedUnlessTyped({ minutes: String(settings.autoLockMinutes) }, typed, blank)),
    setProblem,
  );

  const check = () => {
    const minutes = draft.minutes.trim();
    const value = Number(minutes);
    if (minutes === '' || !Number.isInteger(value) || value < min || value > max) {
      return { errors: { minutes: `Enter a whole number of minutes from ${min} to ${max}.` } };
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
              change({ minutes: String(saved) });
              return `Saved. Waymark will lock after ${saved} ${saved === 1 ? 'minute' : 'minutes'} without activity.`;
            },
            onRefused: () => inputRef.current?.focus(),
          })
        }
        noValidate
      >
        <TextField
          {...field('minutes')}
          label="Minutes without activity before Waymark locks"
          hint={`From ${min} to ${max} minutes.`}
          type="number"
          describedBy={describedByProblem('auto-lock', status)}
          inputRef={inputRef}
          className="number-input"
          inputProps={{ min, max, inputMode: 'numeric' }}
        />
        <FormActions idPrefix="auto-lock" status={status}>
          Save
        </FormActions>
      </form>
    </section>
  );
}
