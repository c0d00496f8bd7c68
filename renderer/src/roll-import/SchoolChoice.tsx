// Which school the roll belongs to: one already in Waymark, or a new one by name.
import type { OrganisationSummary } from '../api/contract-types';
import { fieldLimits } from '../../../shared/contract/limits';
import type { FieldBasics } from '../components/LabelledField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';

export const newSchoolChoice = 'new';

/** A field's wiring from the form's draft (`field('school')`). */
type Wired = Omit<FieldBasics, 'label'>;
type Props = { organisations: OrganisationSummary[]; school: Wired; newSchool: Wired };

export function SchoolChoice({ organisations, school, newSchool }: Props) {
  return (
    <>
      <SelectField
        {...school}
        label="School"
        hint="The roll is added to this school. Pupils already there are updated, never duplicated."
        options={[
          { value: '', label: 'Choose a school' },
          ...organisations.map((organisation) => ({ value: organisation.id, label: organisation.name })),
          { value: newSchoolChoice, label: 'A new school (type its name)' },
        ]}
      />
      {school.value === newSchoolChoice ? (
        <TextField
          {...newSchool}
          label="Name of the new school"
          inputProps={{ maxLength: fieldLimits.organisationName }}
        />
      ) : null}
    </>
  );
}
