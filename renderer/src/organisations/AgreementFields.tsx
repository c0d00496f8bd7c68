// What the organisation buys: services, what was bought and in which unit,
// how delivered time is counted, the rate, the dates and who the invoice goes to.
import { boughtUnitLabels, boughtUnits, type BoughtUnit } from '../../../shared/agreement-delivery';
import { serviceLabels, services } from '../../../shared/caseload';
import type { FieldErrors } from '../app/field-errors';
import { CheckboxField } from '../components/CheckboxField';
import { SelectField } from '../components/SelectField';
import { DateField } from '../components/DateField';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import type { OrganisationDraft } from './organisation-draft';

type Props = { draft: OrganisationDraft; errors: FieldErrors; onChange: (draft: OrganisationDraft) => void };

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);
const unitOptions = boughtUnits.map((unit) => ({ value: unit, label: capitalised(boughtUnitLabels[unit].many) }));
const rateOptions = boughtUnits.map((unit) => ({ value: unit, label: capitalised(boughtUnitLabels[unit].one) }));
const asUnit = (value: string): BoughtUnit | null => boughtUnits.find((unit) => unit === value) ?? null;

export function AgreementFields({ draft, errors, onChange }: Props) {
  const toggleService = (service: (typeof services)[number], isChecked: boolean) =>
    onChange({
      ...draft,
      services: isChecked
        ? services.filter((item) => item === service || draft.services.includes(item))
        : draft.services.filter((item) => item !== service),
    });
  return (
    <fieldset className="form-section">
      <legend>Agreement</legend>
      <p className="field-hint">
        What this organisation buys from you, with the rate in pounds (such as 350 or 42.50). Leave it empty if there is
        no agreement yet.
      </p>
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
        <SelectField
          id="org-boughtUnit"
          label="Bought in"
          value={draft.boughtUnit}
          options={unitOptions}
          onChange={(value) => onChange({ ...draft, boughtUnit: asUnit(value) ?? 'day' })}
          error={errors['agreement.boughtUnit']}
        />
        <TextField
          id="org-boughtQuantity"
          label="Number bought a year"
          value={draft.boughtQuantity}
          onChange={(boughtQuantity) => onChange({ ...draft, boughtQuantity })}
          error={errors['agreement.boughtQuantity']}
          inputProps={{ inputMode: 'decimal' }}
          className="number-input"
        />
        <TextField
          id="org-hoursPerDay"
          label="Hours in a day"
          hint="To turn diary time into days."
          value={draft.hoursPerDay}
          onChange={(hoursPerDay) => onChange({ ...draft, hoursPerDay })}
          error={errors['agreement.hoursPerDay']}
          inputProps={{ inputMode: 'decimal' }}
          className="number-input"
        />
      </div>
      <CheckboxField
        id="org-doesNonAttendanceCount"
        label="Pupils who do not attend count as delivered"
        isChecked={draft.doesNonAttendanceCount}
        onChange={(doesNonAttendanceCount) => onChange({ ...draft, doesNonAttendanceCount })}
      />
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
          options={rateOptions}
          onChange={(value) => onChange({ ...draft, rateUnit: asUnit(value) ?? '' })}
          error={errors['agreement.rateUnit']}
        />
        <TextField
          id="org-paymentDays"
          label="Days to pay an invoice"
          value={draft.paymentDays}
          onChange={(paymentDays) => onChange({ ...draft, paymentDays })}
          error={errors['agreement.paymentDays']}
          inputProps={{ inputMode: 'numeric' }}
          className="number-input"
        />
      </div>
      <div className="field-row">
        <DateField
          id="org-startsOn"
          label="Starts on"
          value={draft.startsOn}
          onChange={(startsOn) => onChange({ ...draft, startsOn })}
          error={errors['agreement.startsOn']}
        />
        <DateField
          id="org-endsOn"
          label="Ends on"
          value={draft.endsOn}
          onChange={(endsOn) => onChange({ ...draft, endsOn })}
          error={errors['agreement.endsOn']}
        />
      </div>
      <fieldset className="form-subsection">
        <legend>Invoices</legend>
        <p className="field-hint">Who invoices go to, if not the organisation at its own address.</p>
        <TextField
          id="org-billingName"
          label="Billing name"
          value={draft.billingName}
          onChange={(billingName) => onChange({ ...draft, billingName })}
          error={errors['agreement.billingName']}
        />
        <TextAreaField
          id="org-billingAddress"
          label="Billing address"
          value={draft.billingAddress}
          onChange={(billingAddress) => onChange({ ...draft, billingAddress })}
          error={errors['agreement.billingAddress']}
          rows={3}
        />
        <TextField
          id="org-purchaseOrder"
          label="Purchase order number"
          value={draft.purchaseOrder}
          onChange={(purchaseOrder) => onChange({ ...draft, purchaseOrder })}
          error={errors['agreement.purchaseOrder']}
        />
      </fieldset>
    </fieldset>
  );
}
