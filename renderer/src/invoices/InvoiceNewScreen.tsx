// A new invoice: choose the organisation and the period, work out the lines
// from the diary (or type them by hand), check and edit them, then save it
// with the next number. Nothing is numbered until it is saved.
import { useState, type FormEvent } from 'react';
import type { InvoiceStart } from '../../../shared/contract/invoices';
import { formatUkDate } from '../../../shared/dates';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { focusFirstInvalid, type FieldErrors } from '../app/field-errors';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { SubmitButton } from '../components/SubmitButton';
import { TextAreaField } from '../components/TextAreaField';
import { TextField } from '../components/TextField';
import { todayInLondon } from '../format/dates';
import { formatPence } from '../format/numbers';
import { checkInvoiceDraft, draftFromStart, draftTotals, type InvoiceDraft } from './invoice-draft';
import { InvoiceLinesEditor } from './InvoiceLinesEditor';
import './invoices.css';

type Props = { organisationId: string | undefined };

/** Early in a month, last month (the invoice usually goes at the month's end); later, this month so far. */
function defaultPeriod(today: string): { from: string; to: string } {
  if (Number(today.slice(8, 10)) > 10) return { from: `${today.slice(0, 8)}01`, to: today };
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const [lastYear, lastMonth] = month === 1 ? [year - 1, 12] : [year, month - 1];
  const lastDay = new Date(Date.UTC(lastYear, lastMonth, 0)).getUTCDate();
  const prefix = `${lastYear}-${String(lastMonth).padStart(2, '0')}`;
  return { from: `${prefix}-01`, to: `${prefix}-${String(lastDay).padStart(2, '0')}` };
}

export function InvoiceNewScreen({ organisationId: givenOrganisationId }: Props) {
  const organisations = useQuery('organisations.list', {});
  const { replace } = useNavigation();
  const { isBusy, run } = useSubmission();
  const today = todayInLondon();
  const [organisationId, setOrganisationId] = useState(givenOrganisationId ?? '');
  const [from, setFrom] = useState(() => defaultPeriod(today).from);
  const [to, setTo] = useState(() => defaultPeriod(today).to);
  const [start, setStart] = useState<InvoiceStart | null>(null);
  const [draft, setDraft] = useState<InvoiceDraft | null>(null);
  const [problem, setProblem] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const chosenId = organisationId || organisations.value?.[0]?.id || '';

  const begin = (isFromDiary: boolean) =>
    void run(async () => {
      setProblem('');
      setErrors({});
      if (isFromDiary && to < from) return setProblem(`The period ends (${formatUkDate(to)}) before it starts (${formatUkDate(from)}). Give an end date on or after the start.`);
      const result = await call('invoices.start', isFromDiary ? { organisationId: chosenId, from, to } : { organisationId: chosenId });
      if (!result.ok) return setProblem(result.error.message);
      setStart(result.value);
      setDraft(draftFromStart(isFromDiary ? result.value : { ...result.value, supplyFrom: from, supplyTo: to }));
    });

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!draft) return;
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
      const result = await call('invoices.create', checked.input);
      if (!result.ok) return setProblem(result.error.message);
      replace({ name: 'invoice', invoiceId: result.value.id, notice: `Invoice ${result.value.number} saved as a draft. Mark it as sent once it has gone to the school.` });
    });
  };

  const totals = draft ? draftTotals(draft) : null;
  const set = <K extends keyof InvoiceDraft>(key: K) => (value: InvoiceDraft[K]) => draft && setDraft({ ...draft, [key]: value });

  return (
    <>
      <BackLink fallbackLabel="Back to invoices" />
      <ScreenHeading>Create an invoice</ScreenHeading>
      <section className="panel" aria-labelledby="invoice-period-heading">
        <h2 id="invoice-period-heading">Who and when</h2>
        <div className="field-row">
          <SelectField
            id="invoice-organisation"
            label="Organisation"
            value={chosenId}
            options={(organisations.value ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            onChange={(value) => {
              setOrganisationId(value);
              setDraft(null);
            }}
          />
          <DateField id="invoice-from" label="Period from" value={from} onChange={setFrom} />
          <DateField id="invoice-to" label="Period to" value={to} onChange={setTo} />
        </div>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => begin(true)} aria-disabled={isBusy || !chosenId ? true : undefined}>
            Work out the lines from the diary
          </button>
          <button type="button" className="button button-quiet" onClick={() => begin(false)} aria-disabled={isBusy || !chosenId ? true : undefined}>
            Type the lines by hand
          </button>
        </div>
        {!draft ? <FormAlert id="invoice-start-problem" message={problem} /> : null}
      </section>
      {draft && start ? (
        <form className="panel" aria-labelledby="invoice-draft-heading" onSubmit={save} noValidate>
          <h2 id="invoice-draft-heading">The invoice to {start.organisationName}</h2>
          <p className="field-hint">Check the lines and change anything before saving. The invoice takes its number when it is saved.</p>
          <div className="field-row">
            <TextField id="invoice-billingName" label="Billing name" value={draft.billingName} onChange={set('billingName')} error={errors.billingName} />
            <TextField id="invoice-purchaseOrder" label="Purchase order number" value={draft.purchaseOrder} onChange={set('purchaseOrder')} error={errors.purchaseOrder} />
          </div>
          <TextAreaField id="invoice-billingAddress" label="Billing address" value={draft.billingAddress} onChange={set('billingAddress')} error={errors.billingAddress} rows={3} />
          <div className="field-row">
            <DateField id="invoice-date" label="Invoice date" value={draft.invoiceDate} onChange={set('invoiceDate')} error={errors.invoiceDate} />
            <DateField id="invoice-dueOn" label="Due date" hint={`${start.paymentDays} days from the invoice date, as agreed.`} value={draft.dueOn} onChange={set('dueOn')} error={errors.dueOn} />
          </div>
          <div className="field-row">
            <DateField id="invoice-supplyFrom" label="Supplied from" value={draft.supplyFrom} onChange={set('supplyFrom')} error={errors.supplyFrom} />
            <DateField id="invoice-supplyTo" label="Supplied to" value={draft.supplyTo} onChange={set('supplyTo')} error={errors.supplyTo} />
          </div>
          <InvoiceLinesEditor lines={draft.lines} errors={errors} start={start} onChange={set('lines')} />
          <TextAreaField id="invoice-notes" label="Notes (optional)" value={draft.notes} onChange={set('notes')} error={errors.notes} rows={2} />
          {totals ? (
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
          ) : null}
          <FormAlert id="invoice-save-problem" message={problem} />
          <div className="actions">
            <SubmitButton isBusy={isBusy} busyLabel="Saving…">
              Save invoice
            </SubmitButton>
          </div>
        </form>
      ) : null}
    </>
  );
}
