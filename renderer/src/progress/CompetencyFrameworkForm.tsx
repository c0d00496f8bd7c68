// Which career learning framework interviews tag and clients rate themselves
// on: the Blueprint's eleven competencies or the CDI framework's six areas.
// Changing it never rereads old tags or ratings: each names its own.
import { useState } from 'react';
import { frameworkIds, frameworkLabels, type FrameworkId } from '../../../shared/progress/frameworks';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { SelectField } from '../components/SelectField';
import { useLoadedSettings } from '../settings/use-loaded-settings';

const choices = frameworkIds.map((id) => ({ value: id, label: frameworkLabels[id] }));

export function CompetencyFrameworkForm() {
  const [value, setValue] = useState<FrameworkId>('blueprint');
  const { status, submit, setProblem } = useForm();
  useLoadedSettings((settings) => setValue(settings.competencyFramework), setProblem);

  return (
    <section className="panel" aria-labelledby="competency-framework-heading">
      <h2 id="competency-framework-heading">Career learning framework</h2>
      <form
        onSubmit={(event) =>
          submit(event, {
            check: () => ({ value }),
            send: (competencyFramework) => call('settings.update', { competencyFramework }),
            onSent: () =>
              'Saved. New interview tags and self-assessments use this framework; earlier ones keep theirs.',
          })
        }
        noValidate
      >
        <SelectField
          id="settings-competency-framework"
          label="Competency framework"
          hint="Most schools in England now use the CDI framework. Tags and ratings already recorded keep the framework they were recorded under."
          value={value}
          onChange={(chosen) => setValue(frameworkIds.find((id) => id === chosen) ?? 'blueprint')}
          options={choices}
        />
        <FormActions idPrefix="competency-framework" status={status}>
          Save framework
        </FormActions>
      </form>
    </section>
  );
}
