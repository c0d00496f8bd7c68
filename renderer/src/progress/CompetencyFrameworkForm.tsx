// Which career learning framework interviews tag and clients rate themselves
// on: the Blueprint's eleven competencies or the CDI framework's six areas.
// Changing it never rereads old tags or ratings: each names its own.
import { useEffect, useState, type FormEvent } from 'react';
import { frameworkIds, frameworkLabels, type FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';

const choices = frameworkIds.map((id) => ({ value: id, label: frameworkLabels[id] }));

export function CompetencyFrameworkForm() {
  const [value, setValue] = useState<FrameworkId>('blueprint');
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();

  useEffect(() => {
    let isCurrent = true;
    void call('settings.get', {}).then((result) => {
      if (!isCurrent) return;
      if (!result.ok) setProblem(`Your settings could not be read. ${result.error.message}`);
      else setValue(result.value.competencyFramework);
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
      const result = await call('settings.update', { competencyFramework: value });
      if (!result.ok) setProblem(result.error.message);
      else setDone('Saved. New interview tags and self-assessments use this framework; earlier ones keep theirs.');
    });
  };

  return (
    <section className="panel" aria-labelledby="competency-framework-heading">
      <h2 id="competency-framework-heading">Career learning framework</h2>
      <form onSubmit={save} noValidate>
        <SelectField
          id="settings-competency-framework"
          label="Competency framework"
          hint="Most schools in England now use the CDI framework. Tags and ratings already recorded keep the framework they were recorded under."
          value={value}
          onChange={(chosen) => setValue(frameworkIds.find((id) => id === chosen) ?? 'blueprint')}
          options={choices}
        />
        <FormAlert id="competency-framework-problem" message={problem} />
        <StatusMessage id="competency-framework-done" message={done} />
        <SubmitButton isBusy={isBusy} busyLabel="Saving…">
          Save framework
        </SubmitButton>
      </form>
    </section>
  );
}
