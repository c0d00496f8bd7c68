// Who checked a subject-access requester's identity, how and when: asked when
// the request is logged (if already done) or later on the request's card.
import { identityCheckSchema, type IdentityCheck } from '../../../shared/contract/subject-access';
import { fieldsOf } from '../app/draft-fields';
import type { FormPartProps } from '../app/record-form';
import { lengthLimitsOf } from '../../../shared/contract/length-limits';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { dateHint } from '../privacy/privacy-labels';

/** Its problems are named within the check: `checkedBy`, `method`, `checkedOn`. */
type Props = FormPartProps<IdentityCheck> & { idPrefix: string; value: IdentityCheck };

const limits = lengthLimitsOf(identityCheckSchema);

export function IdentityCheckFields({ idPrefix, value, onChange, errors }: Props) {
  const field = fieldsOf(idPrefix, value, (changes) => onChange({ ...value, ...changes }), errors, limits);
  return (
    <>
      <TextField {...field('checkedBy')} label="Checked by" />
      <TextField
        {...field('method')}
        label="How"
        hint='For example "Known to me in person" or "Passport seen at school". For a parent or carer, also that the young person agrees or cannot understand the request themselves.'
      />
      <DateField
        {...field('checkedOn')}
        label="Date checked"
        hint={dateHint(value.checkedOn, 'The day you checked.')}
      />
    </>
  );
}
