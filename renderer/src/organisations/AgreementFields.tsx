// What the organisation buys: services, hours or days, the rate and the dates.
import { serviceLabels, services } from '../../../shared/caseload';
import type { FieldErrors } from '../app/field-errors';
import { SelectField } from '../components/SelectField';
import { DateField } from '../components/DateField';
import { TextField } from '../components/TextField';
import type { OrganisationDraft } from './organisation-draft';

type Props = { draft: OrganisationDraft; errors: FieldErrors; onChange: (draft: OrganisationDraft) => void };

export function AgreementFields({ draft, errors, onChange }: Props) {
  const toggleService = (service: (typeof services)[number], isChecked: boolean) =>
    onChange({ ...draft, services: isChecked ? services.filter((item) => item === service || draft.services.includes(item)) : draft.services.filter((item) => item !== service) });
  return (
    <fieldset className="form-section">
      <legend>Agreement</legend>
      <p className="field-hint">What this organisation buys from you, with the rate in pounds (such as 350 or 42.50). Leave it empty if there is no agreement yet.</p>
      <fieldset className="form-subsection">
        <legend>Services</legend>
        <div className="checkbox-grid">
          {services.map((service) => (
            <div className="checkbox" key={service}>
              <input
                id={`org-service-${service}`}
                type="checkbox"
                checked={draft.services.includes(service)}
                onChange={(event) => toggleService(service, event.target.checked)}
              />
              <label htmlFor={`org-service-${service}`}>{serviceLabels[service]}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="field-row">
        <TextField
          id="org-hoursPerYear"
          label="Hours a year"
          value={draft.hoursPerYear}
          onChange={(hoursPerYear) => onChange({ ...draft, hoursPerYear })}
          error={errors['agreement.hoursPerYear']}
          inputProps={{ inputMode: 'decimal' }}
          className="number-input"
        />
        <TextField
          id="org-daysPerYear"
          label="Days a year"
          value={draft.daysPerYear}
          onChange={(daysPerYear) => onChange({ ...draft, daysPerYear })}
          error={errors['agreement.daysPerYear']}
          inputProps={{ inputMode: 'decimal' }}
          className="number-input"
        />
      </div>
      <div className="field-row">
        <TextField
          id="org-rate"
          label="Rate in pounds (£)"
          value={draft.ratePounds}
          onChange={(ratePounds) => onChange({ ...draft, ratePounds })}
          error={errors['agreement.ratePence']}
          inputProps={{ inputMode: 'decimal' }}
          className="number-input"
        />
        <SelectField
          id="org-rateUnit"
          label="Rate per"
          value={draft.rateUnit}
          options={[
            { value: 'day', label: 'Day' },
            { value: 'hour', label: 'Hour' },
          ]}
          onChange={(value) => onChange({ ...draft, rateUnit: value === 'hour' || value === 'day' ? value : '' })}
          error={errors['agreement.rateUnit']}
        />
      </div>
      <div className="field-row">
        <DateField id="org-startsOn" label="Starts on" value={draft.startsOn} onChange={(startsOn) => onChange({ ...draft, startsOn })} error={errors['agreement.startsOn']} />
        <DateField id="org-endsOn" label="Ends on" value={draft.endsOn} onChange={(endsOn) => onChange({ ...draft, endsOn })} error={errors['agreement.endsOn']} />
      </div>
    </fieldset>
  );
}
