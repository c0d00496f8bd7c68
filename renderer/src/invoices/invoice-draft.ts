// A new invoice as the form holds it (text as typed, money in pounds) and its
// translation into the contract's input, checked with the schema main uses.
import {
  invoiceInputSchema,
  type Invoice,
  type InvoiceInput,
  type InvoiceStart,
} from '../../../shared/contract/invoices';
import { lineAmountPence, totalsOf, type InvoiceUnit, type Totals, type VatRate } from '../../../shared/invoices';
import { fieldErrorsFrom, type FieldErrors } from '../app/field-errors';
import { parseDecimal, parsePounds, penceToPounds } from '../format/numbers';

export type LineDraft = {
  /** Keeps React's rows steady as lines are added and removed. */
  key: number;
  suppliedOn: string;
  description: string;
  quantity: string;
  unit: InvoiceUnit;
  ratePounds: string;
  vat: VatRate;
  diarySessionId: string | null;
};

export type InvoiceDraft = {
  organisationId: string;
  invoiceDate: string;
  dueOn: string;
  supplyFrom: string;
  supplyTo: string;
  purchaseOrder: string;
  billingName: string;
  billingAddress: string;
  notes: string;
  lines: LineDraft[];
};

let nextKey = 1;

export function emptyLine(start: Pick<InvoiceStart, 'rate' | 'isVatRegistered'>, suppliedOn = ''): LineDraft {
  return {
    key: nextKey++,
    suppliedOn,
    description: '',
    quantity: '1',
    unit: start.rate?.unit ?? 'day',
    ratePounds: start.rate ? penceToPounds(start.rate.ratePence) : '',
    vat: start.isVatRegistered ? 'standard' : 'no-vat',
    diarySessionId: null,
  };
}

type Source = InvoiceStart | Invoice;

/** A worked-out or saved line as the form holds it: text as typed, money in pounds. */
function lineDraftFrom(line: Source['lines'][number]): LineDraft {
  return {
    key: nextKey++,
    suppliedOn: line.suppliedOn ?? '',
    description: line.description,
    quantity: String(line.quantity),
    unit: line.unit,
    ratePounds: penceToPounds(line.ratePence),
    vat: line.vat,
    diarySessionId: line.diarySessionId,
  };
}

/** Who it goes to and its dates, the same from a worked-out start as from a saved draft. */
function headingFrom(source: Source): Omit<InvoiceDraft, 'notes' | 'lines'> {
  return {
    organisationId: source.organisationId,
    invoiceDate: source.invoiceDate,
    dueOn: source.dueOn,
    supplyFrom: source.supplyFrom ?? '',
    supplyTo: source.supplyTo ?? '',
    purchaseOrder: source.purchaseOrder,
    billingName: source.billingName,
    billingAddress: source.billingAddress,
  };
}

export function draftFromStart(start: InvoiceStart): InvoiceDraft {
  const lines = start.lines.map(lineDraftFrom);
  return {
    ...headingFrom(start),
    notes: '',
    lines: lines.length > 0 ? lines : [emptyLine(start, start.supplyFrom ?? '')],
  };
}

/** A saved draft, to change before it is sent. */
export function draftFromInvoice(invoice: Invoice): InvoiceDraft {
  return { ...headingFrom(invoice), notes: invoice.notes, lines: invoice.lines.map(lineDraftFrom) };
}

/** The line's amount as typed so far, or null while its quantity or rate is not a number. */
export function lineAmount(line: LineDraft): number | null {
  const quantity = parseDecimal(line.quantity);
  const rate = parsePounds(line.ratePounds);
  if (quantity === null || rate === null || Number.isNaN(quantity) || Number.isNaN(rate)) return null;
  return lineAmountPence(quantity, rate);
}

export function draftTotals(draft: InvoiceDraft): Totals {
  return totalsOf(draft.lines.map((line) => ({ amountPence: lineAmount(line) ?? 0, vat: line.vat })));
}

export type CheckedInvoice = { input: InvoiceInput; errors: null } | { input: null; errors: FieldErrors };

export function checkInvoiceDraft(draft: InvoiceDraft): CheckedInvoice {
  const errors: FieldErrors = {};
  const lines = draft.lines.map((line, index) => {
    const quantity = parseDecimal(line.quantity);
    const ratePence = parsePounds(line.ratePounds);
    if (quantity === null || Number.isNaN(quantity))
      errors[`lines.${index}.quantity`] = 'Enter the quantity as a number, such as 1 or 0.5.';
    if (ratePence === null || Number.isNaN(ratePence))
      errors[`lines.${index}.ratePence`] = 'Enter the rate in pounds, such as 350 or 42.50.';
    return {
      suppliedOn: line.suppliedOn || null,
      description: line.description,
      quantity: quantity ?? 0,
      unit: line.unit,
      ratePence: ratePence ?? 0,
      vat: line.vat,
      diarySessionId: line.diarySessionId,
    };
  });
  if (draft.supplyFrom && draft.supplyTo && draft.supplyTo < draft.supplyFrom)
    errors.supplyTo = 'The supply period ends before it starts.';
  if (draft.dueOn && draft.invoiceDate && draft.dueOn < draft.invoiceDate)
    errors.dueOn = 'The due date is before the invoice date.';
  const parsed = invoiceInputSchema.safeParse({
    organisationId: draft.organisationId,
    invoiceDate: draft.invoiceDate,
    dueOn: draft.dueOn,
    supplyFrom: draft.supplyFrom || null,
    supplyTo: draft.supplyTo || null,
    purchaseOrder: draft.purchaseOrder,
    billingName: draft.billingName,
    billingAddress: draft.billingAddress,
    notes: draft.notes,
    lines,
  });
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrorsFrom(parsed.error.issues))) errors[path] ??= message;
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { input: null, errors };
  return { input: parsed.data, errors: null };
}
