// The invoices room's door: the adviser's invoice details, a new invoice from
// the diary or by hand, its statuses and credit notes, and the exports.
export { defaultInvoiceDetails, invoiceDetailsWithIssuer, readInvoiceDetails, saveInvoiceDetails } from './details';
export { startInvoice, type StartInput } from './from-diary';
export {
  createInvoice,
  creditInvoice,
  getInvoice,
  listInvoices,
  markCorrectedCopySent,
  markPaid,
  markSent,
  overdueInvoices,
  updateDraft,
} from './records';
export { exportAccounting, exportInvoiceDocx, type AccountingExport } from './exports';
