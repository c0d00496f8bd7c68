// Who checked a subject-access requester's identity, how and when: asked when
// the request is logged (if already done) or later on the request's card.
import type { IdentityCheck } from '../../../shared/contract/data-protection';
import { fieldsOf } from '../app/draft-fields';
import type { FieldErrors } from '../app/field-errors';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { dateHint } from './privacy-labels';

type Props = {
  idPrefix: string;
  value: IdentityCheck;
  onChange: (value: IdentityCheck) => void;
  /** Named within the check: `checkedBy`, `method`, `checkedOn`. */
  errors: FieldErrors;
};

export function IdentityCheckFields({ idPrefix, value, onChange, errors }: Props) {
  const field = fieldsOf(idPrefix, value, (changes) => onChange({ ...value, ...changes }), errors);
  return (
    <>
      <TextField {...field('checkedBy')} label="Checked by" inputProps={{ maxLength: 150 }} />
      <TextField
        {...field('method')}
        label="How"
        hint='For example "Known to me in person" or "Passport seen at school". For a parent or carer, also that the young person agrees or cannot understand the request themselves.'
        inputProps={{ maxLength: 300 }}
      />
      <DateField
        {...field('checkedOn')}
        label="Date checked"
        hint={dateHint(value.checkedOn, 'The day you checked.')}
      />
    </>
  );
}
