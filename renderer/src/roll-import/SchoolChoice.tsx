// Which school the roll belongs to: one already in Waymark, or a new one by name.
import type { OrganisationSummary } from '../api/contract-types';
import { fieldLimits } from '../../../shared/contract/limits';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

export const newSchoolChoice = 'new';

type Props = {
  organisations: OrganisationSummary[];
  choice: string;
  newName: string;
  onChoiceChange: (choice: string) => void;
  onNewNameChange: (name: string) => void;
  choiceError: string;
  nameError: string;
};

export function SchoolChoice({
  organisations,
  choice,
  newName,
  onChoiceChange,
  onNewNameChange,
  choiceError,
  nameError,
}: Props) {
  return (
    <>
      <SelectField
        id="roll-school"
        label="School"
        hint="The roll is added to this school. Pupils already there are updated, never duplicated."
        value={choice}
        options={[
          { value: '', label: 'Choose a school' },
          ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
          { value: newSchoolChoice, label: 'A new school (type its name)' },
        ]}
        onChange={onChoiceChange}
        error={choiceError}
      />
      {choice === newSchoolChoice ? (
        <TextField
          id="roll-new-school"
          label="Name of the new school"
          value={newName}
          onChange={onNewNameChange}
          error={nameError}
          inputProps={{ maxLength: fieldLimits.organisationName }}
        />
      ) : null}
    </>
  );
}
