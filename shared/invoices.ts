// Invoice rules both sides use: units and VAT rates with their words, line
// amounts and totals in pence, the UK VAT number's shape, numbering, the due
// date, and the status an adviser reads ("Overdue" is worked out, not stored).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

export const invoiceUnits = ['day', 'half-day', 'hour', 'interview', 'mileage'] as const;
export type InvoiceUnit = (typeof invoiceUnits)[number];

export const invoiceUnitLabels: Record<InvoiceUnit, { one: string; many: string }> = {
  day: { one: 'day', many: 'days' },
  'half-day': { one: 'half day', many: 'half days' },
  hour: { one: 'hour', many: 'hours' },
  interview: { one: 'interview', many: 'interviews' },
  mileage: { one: 'mile', many: 'miles' },
};

export const vatRates = ['standard', 'exempt', 'no-vat'] as const;
export type VatRate = (typeof vatRates)[number];
export const vatRateLabels: Record<VatRate, string> = { standard: '20 %', exempt: 'Exempt', 'no-vat': 'No VAT' };
/** The standard rate, in per cent. */
export const standardVatPercent = 20;

export const invoiceStatuses = ['draft', 'sent', 'paid', 'cancelled'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
/** What the list shows and filters by: overdue is a sent invoice past its due date. */
export const invoiceStates = ['draft', 'sent', 'overdue', 'paid', 'cancelled', 'credit-note'] as const;
export type InvoiceState = (typeof invoiceStates)[number];
export const invoiceStateLabels: Record<InvoiceState, string> = {
  draft: 'Draft',
  sent: 'Sent',
  overdue: 'Overdue',
  paid: 'Paid',
  cancelled: 'Cancelled',
  'credit-note': 'Credit note',
};

export function invoiceState(
  invoice: { kind: 'invoice' | 'credit-note'; status: InvoiceStatus; dueOn: string },
  today: string,
): InvoiceState {
  if (invoice.kind === 'credit-note') return 'credit-note';
  if (invoice.status === 'sent' && invoice.dueOn < today) return 'overdue';
  return invoice.status;
}

/** Quantity times rate, to the penny. */
export function lineAmountPence(quantity: number, ratePence: number): number {
  return Math.round(quantity * ratePence);
}

export type Totals = { netPence: number; vatPence: number; totalPence: number };

/** VAT at the standard rate on the standard-rated lines, worked out once on their sum. */
export function totalsOf(lines: { amountPence: number; vat: VatRate }[]): Totals {
  const netPence = lines.reduce((sum, line) => sum + line.amountPence, 0);
  const standardPence = lines
    .filter((line) => line.vat === 'standard')
    .reduce((sum, line) => sum + line.amountPence, 0);
  const vatPence = Math.round((standardPence * standardVatPercent) / 100);
  return { netPence, vatPence, totalPence: netPence + vatPence };
}

/** GB123456789, GB123456789012 or 123456789, with any spaces taken out; '' when none is given. */
export function tidyVatNumber(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

export function isUkVatNumber(text: string): boolean {
  return /^(GB)?(\d{9}|\d{12})$/.test(tidyVatNumber(text));
}

/** "INV-" and 7 -> "INV-0007". */
export function invoiceNumber(prefix: string, sequence: number): string {
  return `${prefix}${String(sequence).padStart(4, '0')}`;
}

/** A credit note's reason when the adviser gives none; sync rewrites it if the invoice is renumbered. */
export const creditReasonFor = (invoiceNumber: string): string => `Cancels invoice ${invoiceNumber}.`;

export function dueDate(invoiceDate: string, paymentDays: number): string {
  return format(addDays(parseISO(invoiceDate), paymentDays), 'yyyy-MM-dd');
}

/** The statutory wording on every invoice. */
export const latePaymentWording =
  'We are entitled to charge interest and compensation on late payment under the Late Payment of Commercial Debts (Interest) Act 1998: interest at 8 % a year above the Bank of England base rate, and a fixed sum for the cost of recovering the debt.';

/** Careers guidance is not usually exempt; only the adviser's accountant can say for their practice. */
export const vatAdvice =
  'Ask your accountant whether your careers guidance is exempt from VAT before choosing "Exempt" on a line; most guidance sold to schools is standard-rated.';
