// Which career learning framework interviews tag and clients rate themselves
// on: the Blueprint's eleven competencies or the CDI framework's six areas.
// Changing it never rereads old tags or ratings: each names its own.
import { frameworkIds, frameworkLabels } from '../../../shared/progress/frameworks';
import { SettingChoicePanel } from '../settings/SettingChoicePanel';

const choices = frameworkIds.map((id) => ({ value: id, label: frameworkLabels[id] }));

export function CompetencyFrameworkForm() {
  return (
    <SettingChoicePanel
      idPrefix="competency-framework"
      heading="Career learning framework"
      field={{
        id: 'settings-competency-framework',
        label: 'Competency framework',
        hint: 'Most schools in England now use the CDI framework. Tags and ratings already recorded keep the framework they were recorded under.',
        options: choices,
      }}
      choiceOf={(settings) => settings.competencyFramework}
      changeFor={(choice) => ({ competencyFramework: frameworkIds.find((id) => id === choice) ?? 'blueprint' })}
      savedMessage="Saved. New interview tags and self-assessments use this framework; earlier ones keep theirs."
      submitLabel="Save framework"
    />
  );
}
