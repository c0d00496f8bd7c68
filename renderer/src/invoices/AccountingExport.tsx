// Every invoice and credit note (or those dated in a period) as a CSV file in
// the layout Xero or QuickBooks Online imports.
import { useState } from 'react';
import type { AccountingFormat } from '../../../shared/contract/invoices';
import { call } from '../api/client';
import { useForm } from '../app/use-form';
import { BusyButton } from '../components/BusyButton';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { downloadText } from '../files/download';

const formats: { value: AccountingFormat; label: string }[] = [
  { value: 'xero', label: 'Xero' },
  { value: 'quickbooks', label: 'QuickBooks Online' },
];

export function AccountingExport() {
  const [format, setFormat] = useState<AccountingFormat>('xero');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { status, submit } = useForm();
  const download = () =>
    submit(null, {
      check: () => ({ value: { format, ...(from ? { from } : {}), ...(to ? { to } : {}) } }),
      send: (input) => call('invoices.exportAccounting', input),
      onSent: ({ fileName, text, count }) => {
        downloadText(fileName, text, 'text/csv');
        return `Downloaded ${fileName} with ${count} ${count === 1 ? 'invoice' : 'invoices'}.`;
      },
    });
  return (
    <section className="panel" aria-labelledby="accounting-export-heading">
      <h2 id="accounting-export-heading">Export for accounting</h2>
      <p className="field-hint">
        A CSV file to import into your books: one row per line, dates as dd/mm/yyyy. Xero takes credit notes in the same
        file as negative amounts; QuickBooks imports credit notes with its own tool, so its file holds invoices only.
        Leave the dates empty for every invoice.
      </p>
      <div className="field-row">
        <SelectField
          id="accounting-format"
          label="Accounting software"
          value={format}
          options={formats}
          onChange={(value) => setFormat(value === 'quickbooks' ? 'quickbooks' : 'xero')}
        />
        <DateField id="accounting-from" label="Invoices dated from" value={from} onChange={setFrom} />
        <DateField id="accounting-to" label="Invoices dated to" value={to} onChange={setTo} />
      </div>
      <FormAlert id="accounting-export-problem" message={status.problem} />
      <StatusMessage id="accounting-export-done" message={status.done} />
      <BusyButton isBusy={status.isBusy} className="button" onClick={download}>
        Download CSV
      </BusyButton>
    </section>
  );
}
