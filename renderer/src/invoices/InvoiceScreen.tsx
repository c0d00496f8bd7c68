// One invoice or credit note: who it is to, its dates and lines, the totals,
// and what can happen next: mark it sent, mark it paid on a date, cancel it
// with a credit note (never a deletion), and download it as a Word document.
import { useState } from 'react';
import type { Invoice, InvoiceInput } from '../../../shared/contract/invoices';
import { invoiceStateLabels, vatRateLabels } from '../../../shared/invoices';
import { call } from '../api/client';
import { useQuery } from '../api/use-query';
import { useNavigation } from '../app/navigation';
import { useSubmission } from '../app/use-submission';
import { BackLink } from '../components/BackLink';
import { BusyButton } from '../components/BusyButton';
import { DataTable } from '../components/DataTable';
import { DateField } from '../components/DateField';
import { FormAlert } from '../components/FormAlert';
import { Loading } from '../components/Loading';
import { LoadProblem } from '../components/LoadProblem';
import { ScreenHeading } from '../components/ScreenHeading';
import { PageLink } from '../components/PageLink';
import { StatusMessage } from '../components/StatusMessage';
import { TextAreaField } from '../components/TextAreaField';
import { downloadBase64 } from '../files/download';
import { formatDate, todayInLondon } from '../format/dates';
import { formatPence } from '../format/numbers';
import { draftFromInvoice } from './invoice-draft';
import { docxMediaType, formatQuantity } from './invoice-format';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceTotals } from './InvoiceTotals';
import { RenumberedNotice } from './RenumberedNotice';
import './invoices.css';

type Props = { invoiceId: string; notice: string | undefined };

export function InvoiceScreen({ invoiceId, notice }: Props) {
  const invoice = useQuery('invoices.get', { id: invoiceId });
  const { navigate } = useNavigation();
  const { isBusy, run } = useSubmission();
  const [done, setDone] = useState('');
  const [problem, setProblem] = useState('');
  const [asking, setAsking] = useState<'paid' | 'credit' | 'change' | null>(null);
  const [paidOn, setPaidOn] = useState(todayInLondon());
  const [reason, setReason] = useState('');
  const current = invoice.value;

  const act = (task: () => Promise<{ ok: true; message: string } | { ok: false; message: string }>) =>
    void run(async () => {
      setProblem('');
      setDone('');
      const outcome = await task();
      if (!outcome.ok) return setProblem(outcome.message);
      setAsking(null);
      setDone(outcome.message);
      invoice.reload();
    });
  const markSent = () =>
    act(async () => {
      const result = await call('invoices.markSent', { id: invoiceId });
      return result.ok
        ? {
            ok: true,
            message: `Invoice ${result.value.number} marked as sent. It is due on ${formatDate(result.value.dueOn)}.`,
          }
        : { ok: false, message: result.error.message };
    });
  const markPaid = () =>
    act(async () => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn))
        return { ok: false, message: 'Enter the date it was paid, such as 12/03/2026.' };
      const result = await call('invoices.markPaid', { id: invoiceId, paidOn });
      return result.ok
        ? { ok: true, message: `Invoice ${result.value.number} marked as paid on ${formatDate(paidOn)}.` }
        : { ok: false, message: result.error.message };
    });
  const markCopySent = () =>
    act(async () => {
      const on = todayInLondon();
      const result = await call('invoices.correctedCopySent', { id: invoiceId, on });
      return result.ok
        ? {
            ok: true,
            message: `Noted: the corrected copy, ${result.value.number}, went to ${result.value.organisationName} on ${formatDate(on)}.`,
          }
        : { ok: false, message: result.error.message };
    });
  const credit = () =>
    void run(async () => {
      setProblem('');
      const result = await call('invoices.creditNote', { id: invoiceId, on: todayInLondon(), reason });
      if (!result.ok) return setProblem(result.error.message);
      navigate({
        name: 'invoice',
        invoiceId: result.value.id,
        notice: `Credit note ${result.value.number} issued: invoice ${current?.number ?? ''} is cancelled.`,
      });
    });
  const download = () =>
    void run(async () => {
      setProblem('');
      const result = await call('invoices.exportDocx', { id: invoiceId });
      if (!result.ok) return setProblem(result.error.message);
      downloadBase64(result.value.fileName, result.value.dataBase64, docxMediaType);
      setDone(`Downloaded ${result.value.fileName}.`);
    });

  if (!current) {
    return (
      <>
        <BackLink fallbackLabel="Back to invoices" />
        <ScreenHeading>Invoice</ScreenHeading>
        {invoice.problem ? (
          <LoadProblem what="This invoice" message={invoice.problem} onRetry={invoice.reload} />
        ) : (
          <Loading what="the invoice" />
        )}
      </>
    );
  }
  const isCreditNote = current.kind === 'credit-note';
  const canBePaid = !isCreditNote && (current.status === 'sent' || current.status === 'draft');
  return (
    <>
      <BackLink fallbackLabel="Back to invoices" />
      <ScreenHeading>{`${isCreditNote ? 'Credit note' : 'Invoice'} ${current.number}`}</ScreenHeading>
      <p className="screen-subtitle" data-testid="invoice-status">
        {current.organisationName} · {invoiceStateLabels[current.state]}
        {current.paidOn ? ` on ${formatDate(current.paidOn)}` : ''}
      </p>
      <RenumberedNotice invoice={current} isBusy={isBusy} onCopySent={markCopySent} />
      {current.sessionsAlsoBilledOn.length > 0 ? (
        <div className="callout" data-testid="invoice-billed-twice">
          <p>
            A school day on this invoice is also billed on{' '}
            {current.sessionsAlsoBilledOn.map((other, index) => (
              <span key={other.id}>
                {index > 0 ? ' and ' : ''}
                <PageLink to={{ name: 'invoice', invoiceId: other.id }}>{other.number}</PageLink>
              </span>
            ))}
            : your two computers each invoiced it before they synced. Cancel one with a credit note, so{' '}
            {current.organisationName} is not billed twice.
          </p>
        </div>
      ) : null}
      <StatusMessage id="invoice-status-message" message={done || notice || ''} />
      <FormAlert id="invoice-action-problem" message={problem} />
      <div className="actions invoice-actions">
        <BusyButton isBusy={isBusy} className="button" onClick={download}>
          Download Word document
        </BusyButton>
        {!isCreditNote && current.status === 'draft' ? (
          <>
            <BusyButton isBusy={isBusy} className="button" onClick={markSent}>
              Mark as sent
            </BusyButton>
            <button type="button" className="button button-quiet" onClick={() => setAsking('change')}>
              Change the draft
            </button>
          </>
        ) : null}
        {canBePaid ? (
          <button type="button" className="button button-quiet" onClick={() => setAsking('paid')}>
            Mark as paid…
          </button>
        ) : null}
        {!isCreditNote && current.status !== 'cancelled' ? (
          <button type="button" className="button button-quiet" onClick={() => setAsking('credit')}>
            Cancel with a credit note…
          </button>
        ) : null}
      </div>
      {asking === 'paid' ? (
        <div className="callout" role="group" aria-labelledby="paid-question">
          <p id="paid-question">When was invoice {current.number} paid?</p>
          <DateField id="invoice-paidOn" label="Paid on" value={paidOn} onChange={setPaidOn} />
          <div className="actions">
            <BusyButton isBusy={isBusy} className="button" onClick={markPaid}>
              Mark as paid
            </BusyButton>
            <button type="button" className="button button-quiet" onClick={() => setAsking(null)}>
              Not yet
            </button>
          </div>
        </div>
      ) : null}
      {asking === 'credit' ? (
        <div className="callout" role="group" aria-labelledby="credit-question">
          <p id="credit-question">
            Issue a credit note for all of invoice {current.number} ({formatPence(current.totalPence)})? The invoice
            stays on record, marked cancelled; the credit note takes the next number.
          </p>
          <TextAreaField
            id="invoice-credit-reason"
            label="Reason (printed on the credit note)"
            value={reason}
            onChange={setReason}
            rows={2}
          />
          <div className="actions">
            <BusyButton isBusy={isBusy} className="button" onClick={credit}>
              Yes, issue a credit note
            </BusyButton>
            <button type="button" className="button button-quiet" onClick={() => setAsking(null)}>
              No, keep the invoice
            </button>
          </div>
        </div>
      ) : null}
      {asking === 'change' ? (
        <DraftChange
          invoice={current}
          onSaved={(number) => {
            setAsking(null);
            setDone(`Draft ${number} changed.`);
            invoice.reload();
          }}
          onCancel={() => setAsking(null)}
        />
      ) : (
        <InvoiceDetails invoice={current} onOpen={(id) => navigate({ name: 'invoice', invoiceId: id })} />
      )}
    </>
  );
}

/** The draft in the invoice form, with the agreement's rate and the adviser's VAT registration as they are now. */
function DraftChange({
  invoice,
  onSaved,
  onCancel,
}: {
  invoice: Invoice;
  onSaved: (number: string) => void;
  onCancel: () => void;
}) {
  const start = useQuery('invoices.start', { organisationId: invoice.organisationId });
  if (!start.value)
    return start.problem ? (
      <LoadProblem what="The agreement's terms" message={start.problem} onRetry={start.reload} />
    ) : (
      <Loading what="the agreement's terms" />
    );
  const save = async (input: InvoiceInput): Promise<string | null> => {
    const result = await call('invoices.updateDraft', { ...input, id: invoice.id });
    if (!result.ok) return result.error.message;
    onSaved(result.value.number);
    return null;
  };
  return (
    <InvoiceForm
      heading={`Change draft ${invoice.number}`}
      start={start.value}
      initial={draftFromInvoice(invoice)}
      submitLabel="Save changes"
      onSave={save}
      onCancel={onCancel}
    />
  );
}

function InvoiceDetails({ invoice, onOpen }: { invoice: Invoice; onOpen: (id: string) => void }) {
  const isVatShown = invoice.issuer.vatNumber !== '';
  const rows: [string, string][] = [
    ['To', [invoice.billingName, invoice.billingAddress].filter(Boolean).join(', ')],
    ['Date', formatDate(invoice.invoiceDate)],
    ...(invoice.kind === 'invoice' ? ([['Due', formatDate(invoice.dueOn)]] as [string, string][]) : []),
    ...(invoice.supplyFrom && invoice.supplyTo
      ? ([['Supplied', `${formatDate(invoice.supplyFrom)} to ${formatDate(invoice.supplyTo)}`]] as [string, string][])
      : []),
    ['Purchase order', invoice.purchaseOrder || 'None'],
    ...(invoice.notes ? ([['Notes', invoice.notes]] as [string, string][]) : []),
  ];
  return (
    <section className="panel" aria-labelledby="invoice-lines-heading">
      <dl className="summary-list">
        {rows.map(([term, detail]) => (
          <div className="summary-row" key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      {invoice.creditedBy ? (
        <p>
          Cancelled by{' '}
          <button type="button" className="link-button" onClick={() => onOpen(invoice.creditedBy?.id ?? '')}>
            credit note {invoice.creditedBy.number}
          </button>
          .
        </p>
      ) : null}
      {invoice.creditsInvoiceId ? (
        <p>
          Cancels{' '}
          <button type="button" className="link-button" onClick={() => onOpen(invoice.creditsInvoiceId ?? '')}>
            invoice {invoice.creditsInvoiceNumber}
          </button>
          {invoice.creditsInvoiceRenumberedFrom ? ` (went out as ${invoice.creditsInvoiceRenumberedFrom})` : ''}.
        </p>
      ) : null}
      <h2 id="invoice-lines-heading">Lines</h2>
      <DataTable
        caption={`Lines of ${invoice.number}`}
        isCaptionHidden
        columns={[
          'Date',
          'Description',
          'Quantity',
          { label: 'Rate', isNumeric: true },
          isVatShown ? 'VAT' : null,
          { label: 'Amount', isNumeric: true },
        ]}
      >
        {invoice.lines.map((line, index) => (
          <tr key={index}>
            <td>{line.suppliedOn ? formatDate(line.suppliedOn) : ''}</td>
            <td>{line.description}</td>
            <td>{formatQuantity(line.quantity, line.unit)}</td>
            <td className="numeric">{formatPence(line.ratePence)}</td>
            {isVatShown ? <td>{vatRateLabels[line.vat]}</td> : null}
            <td className="numeric">{formatPence(line.amountPence)}</td>
          </tr>
        ))}
      </DataTable>
      <InvoiceTotals totals={invoice} isVatShown={isVatShown} />
    </section>
  );
}
