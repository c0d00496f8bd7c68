// Every invoice and credit note (or those dated in a period) as a CSV file in
// the layout Xero or QuickBooks Online imports.
import type { AccountingFormat } from '../../../shared/contract/invoices';
import { call } from '../api/client';
import { useDraftForm } from '../app/use-form';
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
  const { draft, change, field, status, submit } = useDraftForm('accounting', {
    format: 'xero' as AccountingFormat,
    from: '',
    to: '',
  });
  const download = () =>
    submit(null, {
      check: () => {
        const { format, from, to } = draft;
        return { value: { format, ...(from ? { from } : {}), ...(to ? { to } : {}) } };
      },
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
          {...field('format')}
          label="Accounting software"
          options={formats}
          onChange={(value) => change({ format: value === 'quickbooks' ? 'quickbooks' : 'xero' })}
        />
        <DateField {...field('from')} label="Invoices dated from" />
        <DateField {...field('to')} label="Invoices dated to" />
      </div>
      <FormAlert id="accounting-export-problem" message={status.problem} />
      <StatusMessage id="accounting-export-done" message={status.done} />
      <BusyButton isBusy={status.isBusy} className="button" onClick={download}>
        Download CSV
      </BusyButton>
    </section>
  );
}
