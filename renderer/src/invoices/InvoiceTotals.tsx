// An invoice's totals under its lines: net and VAT only when VAT is charged,
// then the total, the same on the form as on the saved invoice.
import type { Totals } from '../../../shared/invoices';
import { formatPence } from '../format/numbers';

type Props = { totals: Totals; isVatShown: boolean };

export function InvoiceTotals({ totals, isVatShown }: Props) {
  return (
    <dl className="summary-list invoice-totals" aria-label="Totals">
      {isVatShown ? (
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
  );
}
