// Every invoice and credit note (or those dated in a period) as a CSV file in
// the layout Xero or QuickBooks Online imports.
import { useState } from 'react';
import type { AccountingFormat } from '../../../shared/contract/invoices';
import { call } from '../api/client';
import { useSubmission } from '../app/use-submission';
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
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  const { isBusy, run } = useSubmission();
  const download = () =>
    void run(async () => {
      setProblem('');
      setDone('');
      const result = await call('invoices.exportAccounting', {
        format,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      });
      if (!result.ok) return setProblem(result.error.message);
      downloadText(result.value.fileName, result.value.text, 'text/csv');
      setDone(
        `Downloaded ${result.value.fileName} with ${result.value.count} ${result.value.count === 1 ? 'invoice' : 'invoices'}.`,
      );
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
      <FormAlert id="accounting-export-problem" message={problem} />
      <StatusMessage id="accounting-export-done" message={done} />
      <BusyButton isBusy={isBusy} className="button" onClick={download}>
        Download CSV
      </BusyButton>
    </section>
  );
}
