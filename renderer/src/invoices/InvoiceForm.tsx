// The invoice being made or a draft being changed: who it goes to, its dates,
// the lines with their amounts as typed, notes and the totals. Checked with
// the contract's own schema before it is sent to be saved.
import { useState, type FormEvent } from 'react';
import type { InvoiceInput, InvoiceStart } from '../../../shared/contract/invoices';
import { focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { DateField } from '../components/DateField';
import { FormActions } from '../components/FormActions';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { formatPence } from '../format/numbers';
import { checkInvoiceDraft, draftTotals, type InvoiceDraft } from './invoice-draft';
import { InvoiceLinesEditor } from './InvoiceLinesEditor';

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
        <TextField
          id="invoice-billingName"
          label="Billing name"
          value={draft.billingName}
          onChange={set('billingName')}
          error={errors.billingName}
        />
        <TextField
          id="invoice-purchaseOrder"
          label="Purchase order number"
          value={draft.purchaseOrder}
          onChange={set('purchaseOrder')}
          error={errors.purchaseOrder}
        />
      </div>
      <TextAreaField
        id="invoice-billingAddress"
        label="Billing address"
        value={draft.billingAddress}
        onChange={set('billingAddress')}
        error={errors.billingAddress}
        rows={3}
      />
      <div className="field-row">
        <DateField
          id="invoice-date"
          label="Invoice date"
          value={draft.invoiceDate}
          onChange={set('invoiceDate')}
          error={errors.invoiceDate}
        />
        <DateField
          id="invoice-dueOn"
          label="Due date"
          hint={`${start.paymentDays} days from the invoice date, as agreed.`}
          value={draft.dueOn}
          onChange={set('dueOn')}
          error={errors.dueOn}
        />
      </div>
      <div className="field-row">
        <DateField
          id="invoice-supplyFrom"
          label="Supplied from"
          value={draft.supplyFrom}
          onChange={set('supplyFrom')}
          error={errors.supplyFrom}
        />
        <DateField
          id="invoice-supplyTo"
          label="Supplied to"
          value={draft.supplyTo}
          onChange={set('supplyTo')}
          error={errors.supplyTo}
        />
      </div>
      <InvoiceLinesEditor lines={draft.lines} errors={errors} start={start} onChange={set('lines')} />
      <TextAreaField
        id="invoice-notes"
        label="Notes (optional)"
        value={draft.notes}
        onChange={set('notes')}
        error={errors.notes}
        rows={2}
      />
      <dl className="summary-list invoice-totals" aria-label="Totals">
        {start.isVatRegistered ? (
          <>
            <div className="summary-row">
              <dt>Net</dt>
              <dd>{formatPence(totals.netPence)}</dd>
            </div>
            <div className="summary-row">
              <dt>VAT</dt>
              <dd>{formatPence(totals.vatPence)}</dd>
            </div>
          </>
        ) : null}
        <div className="summary-row">
          <dt>Total</dt>
          <dd data-testid="invoice-total">{formatPence(totals.totalPence)}</dd>
        </div>
      </dl>
      <FormActions idPrefix="invoice-save" status={{ problem, done: '', isBusy }} onCancel={onCancel}>
        {submitLabel}
      </FormActions>
    </form>
  );
}
