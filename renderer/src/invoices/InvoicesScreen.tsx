// The invoices: each with its number, organisation, dates, status and total,
// filtered by status (overdue is a sent invoice past its due date); a new
// invoice; and the export for the adviser's accounting software.
import { useState } from 'react';
import { invoiceStateLabels, invoiceStates, type InvoiceState } from '../../../shared/invoices';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { DataTable } from '../components/DataTable';
import { LoadProblem } from '../components/LoadProblem';
import { Loading } from '../components/Loading';
import { PageLink } from '../components/PageLink';
import { ScreenHeading } from '../components/ScreenHeading';
import { SelectField } from '../components/SelectField';
import { StatusMessage } from '../components/StatusMessage';
import { formatDate } from '../format/dates';
import { formatCount, formatPence } from '../format/numbers';
import { AccountingExport } from './AccountingExport';
import './invoices.css';

const filterOptions = [
  { value: '', label: 'All' },
  ...invoiceStates.map((state) => ({
    value: state,
    label: state === 'credit-note' ? 'Credit notes' : invoiceStateLabels[state],
  })),
];

export function InvoicesScreen({ notice }: { notice: string | undefined }) {
  const [state, setState] = useState<InvoiceState | ''>('');
  const invoices = useQuery('invoices.list', state ? { state } : {});
  const { navigate } = useNavigation();
  return (
    <>
      <div className="screen-top">
        <ScreenHeading>Invoices</ScreenHeading>
        <div className="actions">
          <button type="button" className="button button-primary" onClick={() => navigate({ name: 'invoice-new' })}>
            Create an invoice
          </button>
        </div>
      </div>
      <StatusMessage id="invoices-status" message={notice ?? ''} />
      <section className="panel" aria-labelledby="invoice-list-heading">
        <h2 id="invoice-list-heading">Your invoices</h2>
        <SelectField
          id="invoices-filter"
          label="Show"
          className="invoice-filter"
          value={state}
          options={filterOptions}
          onChange={(value) => setState(invoiceStates.find((candidate) => candidate === value) ?? '')}
        />
        {invoices.problem ? (
          <LoadProblem what="The invoices" message={invoices.problem} onRetry={invoices.reload} />
        ) : null}
        {!invoices.value && !invoices.problem ? <Loading what="the invoices" /> : null}
        {invoices.value && invoices.value.length === 0 ? (
          <p>
            {state
              ? 'No invoices with that status.'
              : 'No invoices yet. Create one from an organisation’s agreement and the diary.'}
          </p>
        ) : null}
        {invoices.value && invoices.value.length > 0 ? (
          <>
            <p className="field-hint">{formatCount(invoices.value.length, 'invoice')}</p>
            <DataTable
              caption="Invoices"
              isCaptionHidden
              columns={['Number', 'Organisation', 'Date', 'Due', 'Status', { label: 'Total', isNumeric: true }]}
            >
              {invoices.value.map((invoice) => (
                <tr key={invoice.id}>
                  <th scope="row">
                    <PageLink to={{ name: 'invoice', invoiceId: invoice.id }}>{invoice.number}</PageLink>
                    {invoice.renumberedFrom ? (
                      <span className="invoice-renumbered"> (went out as {invoice.renumberedFrom})</span>
                    ) : null}
                  </th>
                  <td>{invoice.organisationName}</td>
                  <td>{formatDate(invoice.invoiceDate)}</td>
                  <td>{invoice.kind === 'invoice' ? formatDate(invoice.dueOn) : ''}</td>
                  <td>
                    {invoiceStateLabels[invoice.state]}
                    {invoice.paidOn ? ` ${formatDate(invoice.paidOn)}` : ''}
                  </td>
                  <td className="numeric">{formatPence(invoice.totalPence)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        ) : null}
      </section>
      <AccountingExport />
    </>
  );
}
