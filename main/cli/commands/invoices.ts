// `waymark invoice`: an invoice for a school from the diary's delivered
// sessions in a period, saved with the next number and written as DOCX; and
// `waymark invoices`: every invoice as CSV for Xero or QuickBooks. Both go
// through the invoices room, checked by the same contract as the app.
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { invoiceInputSchema, type AccountingFormat } from '../../../shared/contract/invoices';
import { AppError } from '../../errors';
import { writeOutputFile } from '../output-file';
import { findOrganisationId } from '../lookups';
import type { CommandOptions, CommandResult } from '../program';
import { withSession } from '../session';

/** Refuses before anything is saved when the file could not be written. */
function checkWritable(file: string, extension: string): void {
  if (!file.toLowerCase().endsWith(extension))
    throw new AppError('VALIDATION', `The --out file must end in ${extension}.`);
  try {
    accessSync(dirname(file), constants.W_OK);
  } catch {
    throw new AppError(
      'VALIDATION',
      `Cannot write to the folder of ${file}: check that it exists and you may write there. Nothing was saved.`,
    );
  }
}

const pounds = (pence: number) => Math.round(pence) / 100;

type InvoiceOptions = CommandOptions & { school: string; from: string; to: string; out: string };

export async function invoiceCommand(options: InvoiceOptions): Promise<CommandResult> {
  checkWritable(options.out, '.docx');
  const made = await withSession(options.vault, async ({ call }) => {
    const organisationId = await findOrganisationId(call, options.school);
    const start = await call('invoices.start', { organisationId, from: options.from, to: options.to });
    const parsed = invoiceInputSchema.safeParse({
      organisationId,
      invoiceDate: start.invoiceDate,
      supplyFrom: start.supplyFrom,
      supplyTo: start.supplyTo,
      dueOn: start.dueOn,
      purchaseOrder: start.purchaseOrder,
      billingName: start.billingName,
      billingAddress: start.billingAddress,
      notes: '',
      lines: start.lines,
    });
    // Checked here as well as by the dispatcher, to name the first problem in the command's own words.
    if (!parsed.success)
      throw new AppError('VALIDATION', parsed.error.issues[0]?.message ?? 'The invoice is not valid.');
    const invoice = await call('invoices.create', parsed.data);
    const { dataBase64 } = await call('invoices.exportDocx', { id: invoice.id });
    writeOutputFile(options.out, Buffer.from(dataBase64, 'base64'));
    return invoice;
  });
  const lines = made.lines.map((line) => ({
    date: line.suppliedOn,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    rate: pounds(line.ratePence),
    vat: line.vat,
    amount: pounds(line.amountPence),
  }));
  return {
    json: { number: made.number, total: pounds(made.totalPence), lines },
    human: `Invoice ${made.number} to ${made.billingName} for £${pounds(made.totalPence).toFixed(2)} (${lines.length} ${lines.length === 1 ? 'line' : 'lines'}), due ${made.dueOn}, written to ${options.out}.`,
  };
}

export const accountingFormatWords: readonly AccountingFormat[] = ['xero', 'quickbooks'];

export async function invoicesCommand(
  options: CommandOptions & { format: AccountingFormat; out: string; from?: string; to?: string },
): Promise<CommandResult> {
  checkWritable(options.out, '.csv');
  const exported = await withSession(options.vault, ({ call }) =>
    call('invoices.exportAccounting', {
      format: options.format,
      ...(options.from ? { from: options.from } : {}),
      ...(options.to ? { to: options.to } : {}),
    }),
  );
  writeOutputFile(options.out, Buffer.from(exported.text, 'utf8'));
  return {
    json: { format: options.format, invoices: exported.count, out: options.out },
    human: `${exported.count} ${exported.count === 1 ? 'invoice' : 'invoices'} written for ${options.format === 'xero' ? 'Xero' : 'QuickBooks'} to ${options.out}.`,
  };
}
