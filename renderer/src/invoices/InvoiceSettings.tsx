// The adviser's invoice details in Settings: trading name, VAT number (only
// if registered), bank details and the numbering. Their name and address come
// from "Your name" and the practice details, so each is typed once.
import { useState, type FormEvent } from 'react';
import { invoiceDetailsSchema, type InvoiceDetails } from '../../../shared/contract/invoices';
import { vatAdvice } from '../../../shared/invoices';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldsOf } from '../app/draft-fields';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormActions } from '../components/FormActions';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
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
      ) : stored.problem ? (
        <LoadProblem what="Your invoice details" message={stored.problem} onRetry={stored.reload} />
      ) : (
        <Loading what="your invoice details" />
      )}
    </section>
  );
}

function DetailsForm({ initial }: { initial: InvoiceDetails & { adviserName: string; address: string } }) {
  const [draft, setDraft] = useState<Draft>({ ...initial, nextNumber: String(initial.nextNumber) });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const field = fieldsOf('invoice', draft, (changes) => setDraft({ ...draft, ...changes }), errors);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setDone('');
      setProblem('');
      const nextNumber = parseDecimal(draft.nextNumber);
      const parsed = invoiceDetailsSchema.safeParse({
        tradingName: draft.tradingName,
        vatNumber: draft.vatNumber,
        bankAccountName: draft.bankAccountName,
        sortCode: draft.sortCode,
        accountNumber: draft.accountNumber,
        prefix: draft.prefix,
        nextNumber: nextNumber === null || Number.isNaN(nextNumber) ? -1 : nextNumber,
      });
      if (!parsed.success) {
        setErrors(fieldErrorsFrom(parsed.error.issues));
        return setProblem('Check the marked fields. Nothing was saved.');
      }
      setErrors({});
      const result = await call('invoices.saveDetails', parsed.data);
      if (!result.ok) return setProblem(result.error.message);
      setDraft({ ...result.value, nextNumber: String(result.value.nextNumber) });
      setDone('Invoice details saved.');
    });
  };
  return (
    <form onSubmit={save} noValidate>
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
      <FormActions idPrefix="invoice-settings" status={{ problem, done, isBusy }}>
        Save invoice details
      </FormActions>
    </form>
  );
}
