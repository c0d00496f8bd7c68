// One person an organisation names (a contact, a safeguarding lead): their
// name, phone and email in one row, each labelled with their role.
import { fieldLimits } from '../../../shared/contract/limits';
import { fieldsOf } from '../app/draft-fields';
import type { FormPartProps } from '../app/record-form';
import { TextField } from '../components/TextField';

type Person = { name: string; phone: string; email: string };
/** Its problems are named within the person: `name`, `phone`, `email`. */
type Props = FormPartProps<Person> & { idPrefix: string; role: string; person: Person };

export function PersonFields({ idPrefix, role, person, errors, onChange }: Props) {
  const field = fieldsOf(idPrefix, person, (changes) => onChange({ ...person, ...changes }), errors);
  return (
    <fieldset className="form-subsection">
      <legend>{role}</legend>
      <div className="field-row field-row-3">
        <TextField {...field('name')} label={`${role}: name`} inputProps={{ maxLength: fieldLimits.name }} />
        <TextField
          {...field('phone')}
          label={`${role}: phone`}
          type="tel"
          inputProps={{ maxLength: fieldLimits.phone }}
        />
        <TextField
          {...field('email')}
          label={`${role}: email`}
          type="email"
          inputProps={{ maxLength: fieldLimits.email }}
        />
      </div>
    </fieldset>
  );
}
