// What the adviser needs to know about an invoice sync renumbered (two
// computers gave one number while apart): the school has the old number, so
// the corrected copy must go to them, until the adviser says it has.
import type { Invoice } from '../../../shared/contract/invoices';
import { BusyButton } from '../components/BusyButton';
import { formatDate } from '../format/dates';

type Props = { invoice: Invoice; isBusy: boolean; onCopySent: () => void };

export function RenumberedNotice({ invoice, isBusy, onCopySent }: Props) {
  if (!invoice.renumberedFrom) return null;
  const what = invoice.kind === 'credit-note' ? 'credit note' : 'invoice';
  if (invoice.correctedCopySentOn)
    return (
      <p className="field-hint" data-testid="invoice-renumbered">
        Went out as {invoice.renumberedFrom}; the corrected copy as {invoice.number} was sent on{' '}
        {formatDate(invoice.correctedCopySentOn)}.
      </p>
    );
  return (
    <div className="callout" data-testid="invoice-renumbered">
      <p id="invoice-renumbered-text">
        This {what} went out as {invoice.renumberedFrom}, a number your other computer also gave{' '}
        {what === 'credit note' ? 'a credit note or invoice' : 'an invoice'} before they synced. It is now{' '}
        {invoice.number}: download the Word document and send {invoice.organisationName} this copy in place of{' '}
        {invoice.renumberedFrom}.
      </p>
      <BusyButton isBusy={isBusy} className="button" onClick={onCopySent} aria-describedby="invoice-renumbered-text">
        I have sent the corrected copy
      </BusyButton>
    </div>
  );
}
