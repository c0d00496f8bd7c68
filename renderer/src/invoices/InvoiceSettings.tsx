// The adviser's invoice details in Settings: trading name, VAT number (only
// if registered), bank details and the numbering. Their name and address come
// from "Your name" and the practice details, so each is typed once.
import { useState, type FormEvent } from 'react';
import { invoiceDetailsSchema, type InvoiceDetails } from '../../../shared/contract/invoices';
import { vatAdvice } from '../../../shared/invoices';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { useSubmission } from '../app/use-submission';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { StatusMessage } from '../components/StatusMessage';
import { SubmitButton } from '../components/SubmitButton';
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
  const set = (key: keyof Draft) => (value: string) => setDraft({ ...draft, [key]: value });
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
      <TextField
        id="invoice-tradingName"
        label="Trading name"
        value={draft.tradingName}
        onChange={set('tradingName')}
        error={errors.tradingName}
      />
      <TextField
        id="invoice-vatNumber"
        label="VAT number"
        hint={`Only if you are registered for VAT; invoices charge VAT only when it is given. ${vatAdvice}`}
        value={draft.vatNumber}
        onChange={set('vatNumber')}
        error={errors.vatNumber}
      />
      <fieldset className="form-subsection">
        <legend>Bank details for payment</legend>
        <TextField
          id="invoice-bankAccountName"
          label="Account name"
          value={draft.bankAccountName}
          onChange={set('bankAccountName')}
          error={errors.bankAccountName}
        />
        <div className="field-row">
          <TextField
            id="invoice-sortCode"
            label="Sort code"
            value={draft.sortCode}
            onChange={set('sortCode')}
            error={errors.sortCode}
            inputProps={{ inputMode: 'numeric' }}
          />
          <TextField
            id="invoice-accountNumber"
            label="Account number"
            value={draft.accountNumber}
            onChange={set('accountNumber')}
            error={errors.accountNumber}
            inputProps={{ inputMode: 'numeric' }}
          />
        </div>
      </fieldset>
      <fieldset className="form-subsection">
        <legend>Numbering</legend>
        <p className="field-hint">
          Each invoice and credit note takes the next number when it is saved; none is ever reused.
        </p>
        <div className="field-row">
          <TextField
            id="invoice-prefix"
            label="Prefix"
            value={draft.prefix}
            onChange={set('prefix')}
            error={errors.prefix}
          />
          <TextField
            id="invoice-nextNumber"
            label="Next number"
            value={draft.nextNumber}
            onChange={set('nextNumber')}
            error={errors.nextNumber}
            inputProps={{ inputMode: 'numeric' }}
            className="number-input"
          />
        </div>
      </fieldset>
      <FormAlert id="invoice-settings-problem" message={problem} />
      <StatusMessage id="invoice-settings-done" message={done} />
      <SubmitButton isBusy={isBusy} busyLabel="Saving…">
        Save invoice details
      </SubmitButton>
    </form>
  );
}
