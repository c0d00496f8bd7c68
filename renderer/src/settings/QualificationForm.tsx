// Whether the adviser is qualified to level 6 or above in careers guidance:
// the Benchmark 8 evidence a school re-keys into its careers system asks it.
import { useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';

const choices = [
  { value: '', label: 'Not said' },
  { value: 'yes', label: 'Yes, level 6 or above' },
  { value: 'no', label: 'No' },
];

export function QualificationForm() {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  useEffect(() => {
    let isCurrent = true;
    void call('settings.get', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) setProblem(`Your settings could not be read. ${result.error.message}`);
      else setValue(result.value.isQualifiedLevel6 === null ? '' : result.value.isQualifiedLevel6 ? 'yes' : 'no');
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('settings.update', { isQualifiedLevel6: value === '' ? null : value === 'yes' });
      if (!result.ok) setProblem(result.error.message);
      else setDone('Saved. The Benchmark 8 evidence you download from now on says so.');
    });
  };

  return (
    <section className="panel" aria-labelledby="qualification-heading">
      <h2 id="qualification-heading">Your qualification</h2>
      <form onSubmit={save} noValidate>
        <SelectField
          id="settings-qualification"
          label="Qualified in careers guidance to level 6 or above"
          hint="Benchmark 8 asks for guidance from an adviser qualified to level 6 or above; schools record it in their evidence."
          value={value}
          onChange={setValue}
          options={choices}
        />
        <FormAlert id="qualification-problem" message={problem} />
        <StatusMessage id="qualification-done" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save qualification
        </SubmitButton>
      </form>
    </section>
  );
}
