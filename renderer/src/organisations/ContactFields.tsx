// One named contact at an organisation: name, email and phone.
import { contactRoleLabels } from '../../../shared/caseload';
import { fieldLimits } from '../../../shared/contract/limits';
import type { FieldErrors } from '../app/field-errors';
import { TextField } from '../components/TextField';
import type { ContactDraft, FormContactRole } from './organisation-draft';

type Props = {
  role: FormContactRole;
  contact: ContactDraft;
  errors: FieldErrors;
  onChange: (contact: ContactDraft) => void;
};

export function ContactFields({ role, contact, errors, onChange }: Props) {
  const label = contactRoleLabels[role];
  return (
    <fieldset className="form-subsection">
      <legend>{label}</legend>
      <div className="field-row field-row-3">
        <TextField
          id={`org-${role}-name`}
          label={`${label}: name`}
          value={contact.name}
          onChange={(name) => onChange({ ...contact, name })}
          error={errors[`contacts.${role}.name`]}
          inputProps={{ maxLength: fieldLimits.name }}
        />
        <TextField
          id={`org-${role}-email`}
          label={`${label}: email`}
          type="email"
          value={contact.email}
          onChange={(email) => onChange({ ...contact, email })}
          error={errors[`contacts.${role}.email`]}
          inputProps={{ maxLength: fieldLimits.email }}
        />
        <TextField
          id={`org-${role}-phone`}
          label={`${label}: phone`}
          type="tel"
          value={contact.phone}
          onChange={(phone) => onChange({ ...contact, phone })}
          error={errors[`contacts.${role}.phone`]}
          inputProps={{ maxLength: fieldLimits.phone }}
        />
      </div>
    </fieldset>
  );
}
