// Who checked a subject-access requester's identity, how and when: asked when
// the request is logged (if already done) or later on the request's card.
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import { dateHint } from './privacy-labels';

export type IdentityCheckDraft = { checkedBy: string; method: string; checkedOn: string };
type Props = {
  idPrefix: string;
  value: IdentityCheckDraft;
  onChange: (value: IdentityCheckDraft) => void;
  errors: Partial<Record<keyof IdentityCheckDraft, string>>;
};

export function IdentityCheckFields({ idPrefix, value, onChange, errors }: Props) {
  return (
    <>
      <TextField
        id={`${idPrefix}-checked-by`}
        label="Checked by"
        value={value.checkedBy}
        onChange={(checkedBy) => onChange({ ...value, checkedBy })}
        error={errors.checkedBy ?? ''}
        inputProps={{ maxLength: 150 }}
      />
      <TextField
        id={`${idPrefix}-method`}
        label="How"
        hint='For example "Known to me in person" or "Passport seen at school". For a parent or carer, also that the young person agrees or cannot understand the request themselves.'
        value={value.method}
        onChange={(method) => onChange({ ...value, method })}
        error={errors.method ?? ''}
        inputProps={{ maxLength: 300 }}
      />
      <DateField
        id={`${idPrefix}-checked-on`}
        label="Date checked"
        value={value.checkedOn}
        onChange={(checkedOn) => onChange({ ...value, checkedOn })}
        hint={dateHint(value.checkedOn, 'The day you checked.')}
      />
    </>
  );
}

/** The messages for what is missing, or null when the check can be saved. */
export function identityCheckErrors(
  value: IdentityCheckDraft,
): Partial<Record<keyof IdentityCheckDraft, string>> | null {
  const errors: Partial<Record<keyof IdentityCheckDraft, string>> = {};
  if (!value.checkedBy.trim()) errors.checkedBy = 'Say who checked their identity.';
  if (!value.method.trim()) errors.method = 'Say how their identity was checked.';
  return Object.keys(errors).length ? errors : null;
}
