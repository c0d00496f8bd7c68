// Handlers for invoices: details, a new invoice from the diary, saving with the next number, statuses, credit notes and exports.
import type { invoicesChannels } from '../../shared/contract/invoices';
import {
  createInvoice,
  creditInvoice,
  exportAccounting,
  exportInvoiceDocx,
  getInvoice,
  invoiceDetailsWithIssuer,
  listInvoices,
  markCorrectedCopySent,
  markPaid,
  markSent,
  saveInvoiceDetails,
  startInvoice,
  updateDraft,
} from '../services/invoices';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function invoicesHandlers({ vault }: HandlerContext): HandlerGroup<typeof invoicesChannels> {
  const open = () => vault().database();
  return {
    'invoices.details': () => invoiceDetailsWithIssuer(open()),
    'invoices.saveDetails': (details) => saveInvoiceDetails(open(), details),
    'invoices.start': (input) => startInvoice(open(), input),
    'invoices.create': (input) => createInvoice(open(), input),
    'invoices.updateDraft': (input) => updateDraft(open(), input),
    'invoices.list': (input) => listInvoices(open(), input),
    'invoices.get': (input) => getInvoice(open(), input),
    'invoices.markSent': (input) => markSent(open(), input),
    'invoices.markPaid': (input) => markPaid(open(), input),
    'invoices.correctedCopySent': (input) => markCorrectedCopySent(open(), input),
    'invoices.creditNote': (input) => creditInvoice(open(), input),
    'invoices.exportDocx': async (input) => {
      const { fileName, bytes } = await exportInvoiceDocx(open(), input);
      return { fileName, dataBase64: bytes.toString('base64') };
    },
    'invoices.exportAccounting': (input) => exportAccounting(open(), input),
  };
}
