// Whether the adviser is qualified to level 6 or above in careers guidance:
// the Benchmark 8 evidence a school re-keys into its careers system asks it.
import { SettingChoicePanel } from './SettingChoicePanel';

const choices = [
  { value: '', label: 'Not said' },
  { value: 'yes', label: 'Yes, level 6 or above' },
  { value: 'no', label: 'No' },
];

export function QualificationForm() {
  return (
    <SettingChoicePanel
      idPrefix="qualification"
      heading="Your qualification"
      field={{
        id: 'settings-qualification',
        label: 'Qualified in careers guidance to level 6 or above',
        hint: 'Benchmark 8 asks for guidance from an adviser qualified to level 6 or above; schools record it in their evidence.',
        options: choices,
      }}
      choiceOf={({ isQualifiedLevel6 }) => (isQualifiedLevel6 === null ? '' : isQualifiedLevel6 ? 'yes' : 'no')}
      changeFor={(choice) => ({ isQualifiedLevel6: choice === '' ? null : choice === 'yes' })}
      savedMessage="Saved. The Benchmark 8 evidence you download from now on says so."
      submitLabel="Save qualification"
    />
  );
}
