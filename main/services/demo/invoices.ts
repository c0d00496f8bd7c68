// The demo practice's invoices: the adviser's invoice details, an invoice
// for the school days just gone (a draft, from the diary), one sent last term
// and still unpaid (so the home page shows it overdue), and one paid.
import { academicYearOf } from '../../../shared/caseload';
import { addDays } from '../../../shared/diary';
import { isAppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { createInvoice, listInvoices, markPaid, markSent, saveInvoiceDetails, startInvoice } from '../invoices';
import { contextAt } from '../context';

type Options = { schoolIds: string[]; today: string; now: Date };

const byHand = (
  suppliedOn: string,
  description: string,
  quantity: number,
  unit: 'day' | 'hour',
  ratePence: number,
) => ({ suppliedOn, description, quantity, unit, ratePence, vat: 'no-vat' as const, diarySessionId: null });

export function addDemoInvoices(vault: OpenVault, { schoolIds, today, now }: Options): { invoices: number } {
  const context = contextAt(now);
  const [first, second] = schoolIds;
  // A vault that already has invoices keeps its own numbering.
  if (!first || listInvoices(vault, {}, context).length > 0) return { invoices: 0 };
  saveInvoiceDetails(vault, {
    tradingName: 'Clear Paths Careers',
    vatNumber: '',
    bankAccountName: 'Clear Paths Careers',
    sortCode: '20-00-00',
    accountNumber: '55779911',
    prefix: 'INV-',
    nextNumber: 1,
  });
  const blank = { supplyFrom: null, supplyTo: null, purchaseOrder: '', billingName: '', billingAddress: '', notes: '' };
  let count = 0;

  const sentLong = addDays(today, -75);
  const unpaid = createInvoice(
    vault,
    {
      ...blank,
      organisationId: first,
      invoiceDate: sentLong,
      lines: [byHand(addDays(sentLong, -3), 'Careers guidance: parents’ evening', 3, 'hour', 6_000)],
    },
    context,
  );
  markSent(vault, { id: unpaid.id }, context);
  count += 1;

  if (second) {
    const paidOn = addDays(today, -40);
    const paid = createInvoice(
      vault,
      {
        ...blank,
        organisationId: second,
        invoiceDate: addDays(today, -60),
        lines: [byHand(addDays(today, -62), 'Careers guidance: 7 interviews', 1, 'day', 32_000)],
      },
      context,
    );
    markSent(vault, { id: paid.id }, context);
    markPaid(vault, { id: paid.id, paidOn }, context);
    count += 1;
  }

  try {
    const start = startInvoice(
      vault,
      { organisationId: first, from: academicYearOf(today).startsOn, to: today, on: today },
      context,
    );
    const { billingName, billingAddress, purchaseOrder, invoiceDate, supplyFrom, supplyTo, dueOn, lines } = start;
    createInvoice(
      vault,
      {
        organisationId: first,
        billingName,
        billingAddress,
        purchaseOrder,
        invoiceDate,
        supplyFrom,
        supplyTo,
        dueOn,
        notes: '',
        lines,
      },
      context,
    );
    count += 1;
  } catch (error) {
    // Early in the academic year the diary may hold nothing delivered yet: the demo simply has no draft.
    if (!isAppError(error)) throw error;
  }
  return { invoices: count };
}
