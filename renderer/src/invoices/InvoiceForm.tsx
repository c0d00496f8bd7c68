// The invoice being made or a draft being changed: who it goes to, its dates,
// the lines with their amounts as typed, notes and the totals. Checked with
// the contract's own schema before it is sent to be saved.
import { useState, type FormEvent } from 'react';
import type { InvoiceInput, InvoiceStart } from '../../../shared/contract/invoices';
import { fieldsOf } from '../app/draft-fields';
import { focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { checkInvoiceDraft, draftTotals, type InvoiceDraft } from './invoice-draft';
import { InvoiceLinesEditor } from './InvoiceLinesEditor';
import { InvoiceTotals } from './InvoiceTotals';

type Props = {
  heading: string;
  start: Pick<InvoiceStart, 'paymentDays' | 'isVatRegistered' | 'rate'>;
  initial: InvoiceDraft;
  submitLabel: string;
  /** Saves the input; answers the problem to show, or null once saved. */
  onSave: (input: InvoiceInput) => Promise<string | null>;
  onCancel?: () => void;
};

export function InvoiceForm({ heading, start, initial, submitLabel, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const { isBusy, run } = useSubmission();
  const set =
    <K extends keyof InvoiceDraft>(key: K) =>
    (value: InvoiceDraft[K]) =>
      setDraft({ ...draft, [key]: value });
  const field = fieldsOf('invoice', draft, (changes) => setDraft({ ...draft, ...changes }), errors);
  const totals = draftTotals(draft);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void run(async () => {
      setProblem('');
      const checked = checkInvoiceDraft(draft);
      if (!checked.input) {
        setErrors(checked.errors);
        setProblem('Check the marked fields. Nothing was saved and no number was used.');
        window.setTimeout(() => focusFirstInvalid(form), 0);
        return;
      }
      setErrors({});
      const refused = await onSave(checked.input);
      if (refused) setProblem(refused);
    });
  };

  return (
    <form className="panel" aria-labelledby="invoice-draft-heading" onSubmit={save} noValidate>
      <h2 id="invoice-draft-heading">{heading}</h2>
      <p className="field-hint">
        Check the lines and change anything before saving. An invoice takes its number when it is first saved.
      </p>
      <div className="field-row">
        <TextField {...field('billingName')} label="Billing name" />
        <TextField {...field('purchaseOrder')} label="Purchase order number" />
      </div>
      <TextAreaField {...field('billingAddress')} label="Billing address" rows={3} />
      <div className="field-row">
        <DateField {...field('invoiceDate')} id="invoice-date" label="Invoice date" />
        <DateField
          {...field('dueOn')}
          label="Due date"
          hint={`${start.paymentDays} days from the invoice date, as agreed.`}
        />
      </div>
      <div className="field-row">
        <DateField {...field('supplyFrom')} label="Supplied from" />
        <DateField {...field('supplyTo')} label="Supplied to" />
      </div>
      <InvoiceLinesEditor lines={draft.lines} errors={errors} start={start} onChange={set('lines')} />
      <TextAreaField {...field('notes')} label="Notes (optional)" rows={2} />
      <InvoiceTotals totals={totals} isVatShown={start.isVatRegistered} />
      <FormActions idPrefix="invoice-save" status={{ problem, done: '', isBusy }} onCancel={onCancel}>
        {submitLabel}
      </FormActions>
    </form>
  );
}
