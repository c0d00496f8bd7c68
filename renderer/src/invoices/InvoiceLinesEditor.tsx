// The invoice's lines, each a small group of fields (date, description,
// quantity, unit, rate, VAT when registered) with its amount worked out as
// typed. Lines may be added and removed; a line from the diary keeps its session.
import { invoiceUnits, vatAdvice, vatRateLabels, vatRates } from '../../../shared/invoices';
import type { InvoiceStart } from '../../../shared/contract/invoices';
import { fieldsOf } from '../app/draft-fields';
import { errorsWithin, type FieldErrors } from '../app/field-errors';
import { DateField } from '../components/DateField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatPence } from '../format/numbers';
import { emptyLine, lineAmount, type LineDraft } from './invoice-draft';
import { unitOptions } from './invoice-format';

type Props = {
  lines: LineDraft[];
  errors: FieldErrors;
  start: Pick<InvoiceStart, 'rate' | 'isVatRegistered'>;
  onChange: (lines: LineDraft[]) => void;
};

const vatOptions = vatRates.map((rate) => ({ value: rate, label: vatRateLabels[rate] }));

export function InvoiceLinesEditor({ lines, errors, start, onChange }: Props) {
  const change = (index: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((line, at) => (at === index ? { ...line, ...patch } : line)));
  return (
    <fieldset className="form-section">
      <legend>Lines</legend>
      <p className="field-hint">
        Say what was delivered, such as “Careers guidance: 6 interviews”. Never name a pupil on an invoice.
      </p>
      {start.isVatRegistered ? <p className="field-hint">{vatAdvice}</p> : null}
      {errors.lines ? <p className="field-error">{errors.lines}</p> : null}
      {lines.map((line, index) => {
        const amount = lineAmount(line);
        const number = index + 1;
        const lineErrors = errorsWithin(errors, `lines.${index}`);
        const field = fieldsOf(`invoice-line-${line.key}`, line, (patch) => change(index, patch), lineErrors);
        return (
          <fieldset className="form-subsection" key={line.key}>
            <legend>Line {number}</legend>
            <div className="field-row">
              <DateField {...field('suppliedOn')} label={`Line ${number}: date`} />
              <TextField {...field('description')} label={`Line ${number}: description`} />
            </div>
            <div className="field-row">
              <TextField
                {...field('quantity')}
                label={`Line ${number}: quantity`}
                inputProps={{ inputMode: 'decimal' }}
                className="number-input"
              />
              <SelectField
                {...field('unit')}
                label={`Line ${number}: unit`}
                options={unitOptions}
                onChange={(value) => change(index, { unit: invoiceUnits.find((unit) => unit === value) ?? line.unit })}
              />
              <TextField
                {...field('ratePounds')}
                label={`Line ${number}: rate (£)`}
                // Main checks the rate in pence.
                error={lineErrors.ratePence}
                inputProps={{ inputMode: 'decimal' }}
                className="number-input"
              />
              {start.isVatRegistered ? (
                <SelectField
                  {...field('vat')}
                  label={`Line ${number}: VAT`}
                  options={vatOptions}
                  onChange={(value) => change(index, { vat: vatRates.find((rate) => rate === value) ?? line.vat })}
                />
              ) : null}
            </div>
            <div className="actions">
              <p className="invoice-line-amount" data-testid="line-amount">
                Amount: {amount === null ? 'not worked out yet' : formatPence(amount)}
              </p>
              {lines.length > 1 ? (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => onChange(lines.filter((_, at) => at !== index))}
                >
                  Remove line {number}
                </button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      <button type="button" className="button button-quiet" onClick={() => onChange([...lines, emptyLine(start)])}>
        Add a line
      </button>
    </fieldset>
  );
}
