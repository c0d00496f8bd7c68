// The adviser's invoice details in Settings: trading name, VAT number (only
// if registered), bank details and the numbering. Their name and address come
// from "Your name" and the practice details, so each is typed once.
import type { FormEvent } from 'react';
import { invoiceDetailsSchema, type InvoiceDetails } from '../../../shared/contract/invoices';
import { vatAdvice } from '../../../shared/invoices';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { checkWith, useDraftForm } from '../app/use-form';
import { FormActions } from '../components/FormActions';
import { LoadingOrProblem } from '../components/LoadingOrProblem';
import { TextField } from '../components/TextField';
import { parseDecimal } from '../format/numbers';

type Draft = Omit<InvoiceDetails, 'nextNumber'> & { nextNumber: string };

export function InvoiceSettings() {
  const stored = useQuery('invoices.details', {});
  return (
    <section className="panel" aria-labelledby="invoice-settings-heading">
      <h2 id="invoice-settings-heading">Invoices</h2>
      {stored.value ? (
        <DetailsForm initial={stored.value} />
      ) : (
        <LoadingOrProblem query={stored} what="your invoice details" />
      )}
    </section>
  );
}

function DetailsForm({ initial }: { initial: InvoiceDetails & { adviserName: string; address: string } }) {
  const { draft, setDraft, field, formRef, status, submit } = useDraftForm<Draft>('invoice', {
    ...initial,
    nextNumber: String(initial.nextNumber),
  });
  const save = (event: FormEvent) =>
    submit(event, {
      check: () => {
        const nextNumber = parseDecimal(draft.nextNumber);
        return checkWith(
          invoiceDetailsSchema,
          {
            tradingName: draft.tradingName,
            vatNumber: draft.vatNumber,
            bankAccountName: draft.bankAccountName,
            sortCode: draft.sortCode,
            accountNumber: draft.accountNumber,
            prefix: draft.prefix,
            nextNumber: nextNumber === null || Number.isNaN(nextNumber) ? -1 : nextNumber,
          },
          { problem: 'Check the marked fields. Nothing was saved.' },
        );
      },
      send: (details) => call('invoices.saveDetails', details),
      onSent: (saved) => {
        setDraft({ ...saved, nextNumber: String(saved.nextNumber) });
        return 'Invoice details saved.';
      },
    });
  return (
    <form ref={formRef} onSubmit={save} noValidate>
      <p className="field-hint">
        Invoices show your name ({initial.adviserName || 'not given yet: add it under “On every action plan” above'})
        and the address in your practice details (Data protection, Documents)
        {initial.address ? '' : ', which is not given yet'}.
      </p>
      <TextField {...field('tradingName')} label="Trading name" />
      <TextField
        {...field('vatNumber')}
        label="VAT number"
        hint={`Only if you are registered for VAT; invoices charge VAT only when it is given. ${vatAdvice}`}
      />
      <fieldset className="form-subsection">
        <legend>Bank details for payment</legend>
        <TextField {...field('bankAccountName')} label="Account name" />
        <div className="field-row">
          <TextField {...field('sortCode')} label="Sort code" inputProps={{ inputMode: 'numeric' }} />
          <TextField {...field('accountNumber')} label="Account number" inputProps={{ inputMode: 'numeric' }} />
        </div>
      </fieldset>
      <fieldset className="form-subsection">
        <legend>Numbering</legend>
        <p className="field-hint">
          Each invoice and credit note takes the next number when it is saved; none is ever reused.
        </p>
        <div className="field-row">
          <TextField {...field('prefix')} label="Prefix" />
          <TextField
            {...field('nextNumber')}
            label="Next number"
            inputProps={{ inputMode: 'numeric' }}
            className="number-input"
          />
        </div>
      </fieldset>
      <FormActions idPrefix="invoice-settings" status={status}>
        Save invoice details
      </FormActions>
    </form>
  );
}
