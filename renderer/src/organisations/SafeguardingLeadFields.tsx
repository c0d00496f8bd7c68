// The organisation's designated safeguarding lead (DSL) and deputy: who a
// concern is reported to the same day. Shown again when a concern is recorded.
import type { SafeguardingLeads } from '../../../shared/contract/safeguarding';
import { errorsWithin, type FieldErrors } from '../app/field-errors';
import { PersonFields } from './PersonFields';

type Props = { leads: SafeguardingLeads; errors: FieldErrors; onChange: (leads: SafeguardingLeads) => void };

const people = [
  { key: 'lead', role: 'Designated safeguarding lead' },
  { key: 'deputy', role: 'Deputy safeguarding lead' },
] as const;

export function SafeguardingLeadFields({ leads, errors, onChange }: Props) {
  return (
    <fieldset className="form-section">
      <legend>Safeguarding</legend>
      <p className="field-hint">
        Who you report a safeguarding concern to, the same day. Waymark shows them when you record a concern.
      </p>
      {people.map(({ key, role }) => (
        <PersonFields
          key={key}
          idPrefix={`org-${key}-safeguarding`}
          role={role}
          person={leads[key]}
          errors={errorsWithin(errors, `safeguarding.${key}`)}
          onChange={(person) => onChange({ ...leads, [key]: person })}
        />
      ))}
    </fieldset>
  );
}
