// The fields of an organisation: who they are, who to contact, what they buy.
import { organisationKindLabels, organisationKinds } from '../../../shared/caseload';
import { fieldLimits } from '../../../shared/contract/limits';
import type { RecordFormProps } from '../app/record-form';
import { RecordForm } from '../components/RecordForm';
import { SelectField } from '../components/SelectField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { AgreementFields } from './AgreementFields';
import { ContactFields } from './ContactFields';
import { formContactRoles, type OrganisationDraft } from './organisation-draft';
import { SafeguardingLeadFields } from './SafeguardingLeadFields';

type Props = RecordFormProps<OrganisationDraft>;

export function OrganisationForm({ draft, errors, onChange, ...form }: Props) {
  return (
    <RecordForm idPrefix="org-form" {...form}>
      <fieldset className="form-section">
        <legend>Organisation</legend>
        <TextField
          id="org-name"
          label="Name"
          value={draft.name}
          onChange={(name) => onChange({ ...draft, name })}
          error={errors.name}
          inputProps={{ maxLength: fieldLimits.organisationName }}
        />
        <SelectField
          id="org-kind"
          label="Kind"
          value={draft.kind}
          options={organisationKinds.map((kind) => ({ value: kind, label: organisationKindLabels[kind] }))}
          onChange={(value) =>
            onChange({ ...draft, kind: organisationKinds.find((kind) => kind === value) ?? draft.kind })
          }
        />
        <TextAreaField
          id="org-address"
          label="Address"
          value={draft.address}
          onChange={(address) => onChange({ ...draft, address })}
          error={errors.address}
          rows={3}
          maxLength={fieldLimits.address}
        />
        <TextField
          id="org-urn"
          label="URN"
          hint="The school's six-digit unique reference number, which the local authority's destination returns carry."
          value={draft.urn}
          onChange={(urn) => onChange({ ...draft, urn })}
          error={errors.urn}
          className="number-input"
          inputProps={{ inputMode: 'numeric', maxLength: 6 }}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend>Contacts</legend>
        {formContactRoles.map((role) => (
          <ContactFields
            key={role}
            role={role}
            contact={draft.contacts[role]}
            errors={errors}
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
