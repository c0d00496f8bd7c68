// What the organisation buys: services, what was bought and in which unit,
// how delivered time is counted, the rate, the dates and who the invoice goes to.
import { boughtUnitLabels, boughtUnits, type BoughtUnit } from '../../../shared/agreement-delivery';
import { serviceLabels, services } from '../../../shared/caseload';
import { fieldsOf } from '../app/draft-fields';
import { errorsWithin, type FieldErrors } from '../app/field-errors';
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
/** A box for an amount such as 42.50, sized for a number. */
const decimal = { inputProps: { inputMode: 'decimal' as const }, className: 'number-input' };
const asUnit = (value: string): BoughtUnit | null => boughtUnits.find((unit) => unit === value) ?? null;

export function AgreementFields({ draft, errors, onChange }: Props) {
  // The agreement's problems are named within it (`agreement.endsOn`).
  const problems = errorsWithin(errors, 'agreement');
  const field = fieldsOf('org', draft, (changes) => onChange({ ...draft, ...changes }), problems);
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
          {...field('boughtUnit')}
          label="Bought in"
          options={unitOptions}
          onChange={(value) => onChange({ ...draft, boughtUnit: asUnit(value) ?? 'day' })}
        />
        <TextField {...field('boughtQuantity')} label="Number bought a year" {...decimal} />
        <TextField {...field('hoursPerDay')} label="Hours in a day" hint="To turn diary time into days." {...decimal} />
      </div>
      <CheckboxField
        id="org-doesNonAttendanceCount"
        label="Pupils who do not attend count as delivered"
        isChecked={draft.doesNonAttendanceCount}
        onChange={(doesNonAttendanceCount) => onChange({ ...draft, doesNonAttendanceCount })}
      />
      <div className="field-row">
        {/* Typed in pounds, checked and kept in pence. */}
        <TextField
          {...field('ratePounds')}
          id="org-rate"
          label="Rate in pounds (£)"
          error={problems.ratePence}
          {...decimal}
        />
        <SelectField
          {...field('rateUnit')}
          label="Rate per"
          options={rateOptions}
          onChange={(value) => onChange({ ...draft, rateUnit: asUnit(value) ?? '' })}
        />
        <TextField
          {...field('paymentDays')}
          label="Days to pay an invoice"
          inputProps={{ inputMode: 'numeric' }}
          className="number-input"
        />
      </div>
      <div className="field-row">
        <DateField {...field('startsOn')} label="Starts on" />
        <DateField {...field('endsOn')} label="Ends on" />
      </div>
      <fieldset className="form-subsection">
        <legend>Invoices</legend>
        <p className="field-hint">Who invoices go to, if not the organisation at its own address.</p>
        <TextField {...field('billingName')} label="Billing name" />
        <TextAreaField {...field('billingAddress')} label="Billing address" rows={3} />
        <TextField {...field('purchaseOrder')} label="Purchase order number" />
      </fieldset>
    </fieldset>
  );
}
