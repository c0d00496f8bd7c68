// The invoice as DOCX and the invoices as CSV for the adviser's books. Both
// are written in the audit log (numbers and counts only).
import type { AccountingFormat } from '../../../shared/contract/invoices';
import { auditEvents } from '../../db/schema';
import { AppError } from '../../errors';
import { accountingCsv, invoicesFor } from '../../export/accounting-csv';
import { buildInvoiceDocx } from '../../export/invoice-docx';
import type { OpenVault } from '../../vault';
import { getInvoice, listInvoices } from './records';
import { type ServiceContext, systemContext } from '../context';

function audit(vault: OpenVault, action: string, detail: Record<string, string | number>, now: Date): void {
  vault.db
    .insert(auditEvents)
    .values({ occurredAt: now.toISOString(), action, detail: JSON.stringify(detail) })
    .run();
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'invoice';

export async function exportInvoiceDocx(
  vault: OpenVault,
  { id }: { id: string },
  context: ServiceContext = systemContext,
): Promise<{ fileName: string; bytes: Buffer }> {
  const now = context.now();
  const invoice = getInvoice(vault, { id }, context);
  const bytes = await buildInvoiceDocx(invoice);
  audit(vault, 'invoice.exported', { number: invoice.number }, now);
  return {
    fileName: `${invoice.kind === 'credit-note' ? 'Credit note' : 'Invoice'} ${fileSafe(invoice.number)}.docx`,
    bytes,
  };
}

export type AccountingExport = { format: AccountingFormat; from?: string; to?: string };

/** Every invoice (and for Xero, credit note) dated in the period (all when no period is given), oldest first. */
export function exportAccounting(
  vault: OpenVault,
  { format, from, to }: AccountingExport,
  context: ServiceContext = systemContext,
): { fileName: string; text: string; count: number } {
  const now = context.now();
  if (from && to && to < from)
    throw new AppError('VALIDATION', 'The period ends before it starts. Give an end date on or after the start.');
  const chosen = invoicesFor(
    format,
    listInvoices(vault, {}, context)
      .filter((summary) => (!from || summary.invoiceDate >= from) && (!to || summary.invoiceDate <= to))
      .reverse()
      .map((summary) => getInvoice(vault, { id: summary.id }, context)),
  );
  if (chosen.length === 0)
    throw new AppError(
      'VALIDATION',
      from || to ? 'There are no invoices dated in that period.' : 'There are no invoices to export yet.',
    );
  audit(vault, 'invoices.exported', { format, count: chosen.length }, now);
  const stamp = now.toISOString().slice(0, 10);
  return {
    fileName: `Invoices for ${format === 'xero' ? 'Xero' : 'QuickBooks'} ${stamp}.csv`,
    text: accountingCsv(format, chosen),
    count: chosen.length,
  };
}
