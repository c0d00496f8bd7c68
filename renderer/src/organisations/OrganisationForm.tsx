// The fields of an organisation: who they are, who to contact, what they buy.
import { contactRoleLabels, organisationKindLabels, organisationKinds } from '../../../shared/caseload';
import { fieldLimits } from '../../../shared/contract/limits';
import { fieldsOf } from '../app/draft-fields';
import { errorsWithin } from '../app/field-errors';
import type { RecordFormProps } from '../app/record-form';
import { RecordForm } from '../components/RecordForm';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { AgreementFields } from './AgreementFields';
import { formContactRoles, type OrganisationDraft } from './organisation-draft';
import { PersonFields } from './PersonFields';
import { SafeguardingLeadFields } from './SafeguardingLeadFields';

type Props = RecordFormProps<OrganisationDraft>;

export function OrganisationForm({ draft, errors, onChange, ...form }: Props) {
  const field = fieldsOf('org', draft, (changes) => onChange({ ...draft, ...changes }), errors);
  return (
    <RecordForm idPrefix="org-form" {...form}>
      <fieldset className="form-section">
        <legend>Organisation</legend>
        <TextField {...field('name')} label="Name" inputProps={{ maxLength: fieldLimits.organisationName }} />
        <SelectField
          {...field('kind')}
          label="Kind"
          options={organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }))}
          onChange={(value) =>
            onChange({ ...draft, kind: organisationKinds.find((kind) => kind === value) ?? draft.kind })
          }
        />
        <TextAreaField {...field('address')} label="Address" rows={3} maxLength={fieldLimits.address} />
        <TextField
          {...field('urn')}
          label="URN"
          hint="The school's six-digit unique reference number, which the local authority's destination returns carry."
          className="number-input"
          inputProps={{ inputMode: 'numeric', maxLength: 6 }}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Contacts</legend>
        {formContactRoles.map((role) => (
          <PersonFields
            key={role}
            idPrefix={`org-${role}`}
            role={contactRoleLabels[role]}
            person={draft.contacts[role]}
            errors={errorsWithin(errors, `contacts.${role}`)}
            onChange={(contact) => onChange({ ...draft, contacts: { ...draft.contacts, [role]: contact } })}
          />
        ))}
      </fieldset>
      <SafeguardingLeadFields
        leads={draft.safeguarding}
        errors={errors}
        onChange={(safeguarding) => onChange({ ...draft, safeguarding })}
      />
      <AgreementFields draft={draft} errors={errors} onChange={onChange} />
    </RecordForm>
  );
}
