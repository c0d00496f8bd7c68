// The organisation's designated safeguarding lead (DSL) and deputy: who a
// concern is reported to the same day. Shown again when a concern is recorded.
import type { SafeguardingLeads } from '../../../shared/contract/safeguarding';
import { fieldLimits } from '../../../shared/contract/limits';
import type { FieldErrors } from '../app/field-errors';
import { TextField } from '../components/TextField';

type Props = { leads: SafeguardingLeads; errors: FieldErrors; onChange: (leads: SafeguardingLeads) => void };

const people = [
  { key: 'lead', label: 'Designated safeguarding lead' },
  { key: 'deputy', label: 'Deputy safeguarding lead' },
] as const;

export function SafeguardingLeadFields({ leads, errors, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend>Safeguarding</legend>
      <p className="field-hint">
        Who you report a safeguarding concern to, the same day. Waymark shows them when you record a concern.
      </p>
      {people.map(({ key, label }) => {
        const person = leads[key];
        const change = (field: 'name' | 'phone' | 'email', value: string) =>
          onChange({ ...leads, [key]: { ...person, [field]: value } });
        return (
          <fieldset key={key} className="form-subsection">
            <legend>{label}</legend>
            <div className="field-row field-row-3">
              <TextField
                id={`org-${key}-safeguarding-name`}
                label={`${label}: name`}
                value={person.name}
                onChange={(value) => change('name', value)}
                error={errors[`safeguarding.${key}.name`]}
                inputProps={{ maxLength: fieldLimits.name }}
              />
              <TextField
                id={`org-${key}-safeguarding-phone`}
                label={`${label}: phone`}
                type="tel"
                value={person.phone}
                onChange={(value) => change('phone', value)}
                error={errors[`safeguarding.${key}.phone`]}
                inputProps={{ maxLength: fieldLimits.phone }}
              />
              <TextField
                id={`org-${key}-safeguarding-email`}
                label={`${label}: email`}
                type="email"
                value={person.email}
                onChange={(value) => change('email', value)}
                error={errors[`safeguarding.${key}.email`]}
                inputProps={{ maxLength: fieldLimits.email }}
              />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
