// Invoices as the CSV files accounting software imports: Xero's sales-invoice
// layout and QuickBooks Online's invoice layout, one row per line, dates as
// dd/mm/yyyy. Xero takes credit notes in the same file, with negative amounts;
// QuickBooks imports credit notes with a tool of its own, so its invoice file
// holds invoices only. csv-stringify does the quoting (commas, quotes and line
// breaks in addresses and descriptions).
import { stringify } from 'csv-stringify/sync';
import type { AccountingFormat, Invoice } from '../../shared/contract/invoices';
import { toUkDate } from '../../shared/dates';
import { invoiceUnitLabels, type VatRate } from '../../shared/invoices';

export const xeroColumns = [
  'ContactName',
  'InvoiceNumber',
  'Reference',
  'InvoiceDate',
  'DueDate',
  'Description',
  'Quantity',
  'UnitAmount',
  'AccountCode',
  'TaxType',
] as const;
export const quickBooksColumns = [
  'InvoiceNo',
  'Customer',
  'InvoiceDate',
  'DueDate',
  'Terms',
  'Memo',
  'Item(Product/Service)',
  'ItemDescription',
  'ItemQuantity',
  'ItemRate',
  'ItemAmount',
  'ItemTaxCode',
  'ServiceDate',
] as const;

/** Xero's default sales account. */
const xeroSalesAccount = '200';
const xeroTaxTypes: Record<VatRate, string> = {
  standard: '20% (VAT on Income)',
  exempt: 'Exempt Income',
  'no-vat': 'No VAT',
};
const quickBooksTaxCodes: Record<VatRate, string> = { standard: '20.0% S', exempt: 'Exempt', 'no-vat': 'No VAT' };

const pounds = (pence: number) => (pence / 100).toFixed(2);
const contactOf = (invoice: Invoice) => invoice.billingName || invoice.organisationName;
/** What the line says on the invoice, with its unit so the books read as the invoice does. */
const describe = (line: Invoice['lines'][number]) => `${line.description} (${invoiceUnitLabels[line.unit].many})`;

function xeroRows(invoices: Invoice[]): string[][] {
  return invoices.flatMap((invoice) =>
    invoice.lines.map((line) => [
      contactOf(invoice),
      invoice.number,
      invoice.purchaseOrder,
      toUkDate(invoice.invoiceDate),
      toUkDate(invoice.dueOn),
      describe(line),
      String(line.quantity),
      pounds(line.ratePence),
      xeroSalesAccount,
      xeroTaxTypes[line.vat],
    ]),
  );
}

function termsOf(invoice: Invoice): string {
  const days = Math.round((Date.parse(invoice.dueOn) - Date.parse(invoice.invoiceDate)) / 86_400_000);
  return days > 0 ? `Net ${days}` : 'Due on receipt';
}

/** The invoices a format's file carries. */
export function invoicesFor(format: AccountingFormat, invoices: Invoice[]): Invoice[] {
  return format === 'xero' ? invoices : invoices.filter((invoice) => invoice.kind === 'invoice');
}

function quickBooksRows(invoices: Invoice[]): string[][] {
  return invoices.flatMap((invoice) =>
    invoice.lines.map((line) => [
      invoice.number,
      contactOf(invoice),
      toUkDate(invoice.invoiceDate),
      toUkDate(invoice.dueOn),
      termsOf(invoice),
      invoice.purchaseOrder ? `PO ${invoice.purchaseOrder}` : '',
      line.unit === 'mileage' ? 'Mileage' : 'Careers guidance',
      describe(line),
      String(line.quantity),
      pounds(line.ratePence),
      pounds(line.amountPence),
      quickBooksTaxCodes[line.vat],
      line.suppliedOn ? toUkDate(line.suppliedOn) : '',
    ]),
  );
}

export function accountingCsv(format: AccountingFormat, invoices: Invoice[]): string {
  const chosen = invoicesFor(format, invoices);
  const [columns, rows] =
    format === 'xero' ? [xeroColumns, xeroRows(chosen)] : [quickBooksColumns, quickBooksRows(chosen)];
  return stringify([[...columns], ...rows], { record_delimiter: 'windows' });
}
