// Whether the adviser is qualified to level 6 or above in careers guidance:
// the Benchmark 8 evidence a school re-keys into its careers system asks it.
import { useState } from 'react';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { useLoadedSettings } from './use-loaded-settings';

const choices = [
  { value: '', label: 'Not said' },
  { value: 'yes', label: 'Yes, level 6 or above' },
  { value: 'no', label: 'No' },
];

export function QualificationForm() {
  const [value, setValue] = useState('');
  const { status, submit, setProblem } = useForm();
  useLoadedSettings(
    ({ isQualifiedLevel6 }) => setValue(isQualifiedLevel6 === null ? '' : isQualifiedLevel6 ? 'yes' : 'no'),
    setProblem,
  );

  return (
    <section className="panel" aria-labelledby="qualification-heading">
      <h2 id="qualification-heading">Your qualification</h2>
      <form
        onSubmit={(event) =>
          submit(event, {
            check: () => ({ value: value === '' ? null : value === 'yes' }),
            send: (isQualifiedLevel6) => call('settings.update', { isQualifiedLevel6 }),
            onSent: () => 'Saved. The Benchmark 8 evidence you download from now on says so.',
          })
        }
        noValidate
      >
        <SelectField
          id="settings-qualification"
          label="Qualified in careers guidance to level 6 or above"
          hint="Benchmark 8 asks for guidance from an adviser qualified to level 6 or above; schools record it in their evidence."
          value={value}
          onChange={setValue}
          options={choices}
        />
        <FormActions idPrefix="qualification" status={status}>
          Save qualification
        </FormActions>
      </form>
    </section>
  );
}
