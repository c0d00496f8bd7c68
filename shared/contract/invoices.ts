// Channels for invoices to organisations: the adviser's invoice details
// (trading name, VAT number, bank, numbering), lines worked out from the
// diary, saving with the next number, sent and paid, credit notes, the DOCX
// and the exports for Xero and QuickBooks. Invoices carry no client names.
import { z } from 'zod';
import { invoiceStates, invoiceStatuses, invoiceUnits, isUkVatNumber, tidyVatNumber, vatRates } from '../invoices';
import { channel } from './channel';
import { isoDate } from './dates';
import { fieldLimits } from './limits';

const id = z.string().min(1).max(64);
const text = (max: number, label: string) => z.string().trim().max(max, `${label} can be at most ${max} characters.`);

export const invoiceLimits = { description: 300, notes: 1_000, lines: 200, prefix: 20, purchaseOrder: 100 } as const;

/** What every invoice says about the adviser, besides their name (Settings) and address (practice details). */
export const invoiceDetailsSchema = z.strictObject({
  tradingName: text(fieldLimits.organisationName, 'The trading name'),
  vatNumber: z
    .string()
    .transform(tidyVatNumber)
    .refine(
      (value) => value === '' || isUkVatNumber(value),
      'A UK VAT number is GB followed by 9 or 12 digits (such as GB123456789), or the 9 digits alone. Leave it empty if you are not registered for VAT.',
    ),
  bankAccountName: text(fieldLimits.name, 'The account name'),
  sortCode: z
    .string()
    .trim()
    .regex(/^(\d{2}-?\d{2}-?\d{2})?$/, 'A sort code is six digits, such as 12-34-56.')
    .transform((value) =>
      value === '' ? '' : value.replaceAll('-', '').replace(/^(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3'),
    ),
  accountNumber: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, 'An account number is eight digits.'),
  prefix: z
    .string()
    .trim()
    .max(invoiceLimits.prefix, `The prefix can be at most ${invoiceLimits.prefix} characters.`)
    .regex(/^[A-Za-z0-9/-]*$/, 'Use letters, digits, hyphens and slashes in the prefix, such as INV-.'),
  nextNumber: z
    .number()
    .int('The next number is a whole number.')
    .min(1, 'The next number is at least 1.')
    .max(999_999, 'The next number can be at most 999999.'),
});
export type InvoiceDetails = z.infer<typeof invoiceDetailsSchema>;

export const invoiceLineInputSchema = z.strictObject({
  suppliedOn: isoDate.nullable(),
  description: text(invoiceLimits.description, 'A line’s description').min(
    1,
    'Each line needs a description, such as "Careers guidance: 6 interviews".',
  ),
  quantity: z
    .number()
    .gt(0, 'A line’s quantity is more than nothing.')
    .max(100_000, 'A line’s quantity can be at most 100,000.'),
  unit: z.enum(invoiceUnits),
  ratePence: z
    .number()
    .int()
    .min(0, 'A rate cannot be less than nothing.')
    .max(100_000_000, 'A rate can be at most £1,000,000.'),
  vat: z.enum(vatRates),
  /** The diary session the line bills, so it is not billed twice. */
  diarySessionId: id.nullable(),
});
export type InvoiceLineInput = z.infer<typeof invoiceLineInputSchema>;

/** A saved line: a credit note's rates and amounts are negative, so the output is not held to the input's limits. */
export const invoiceLineSchema = z.object({
  suppliedOn: z.string().nullable(),
  description: z.string(),
  quantity: z.number(),
  unit: z.enum(invoiceUnits),
  ratePence: z.number().int(),
  vat: z.enum(vatRates),
  diarySessionId: z.string().nullable(),
  amountPence: z.number().int(),
});

const issuerSchema = z.object({
  adviserName: z.string(),
  tradingName: z.string(),
  address: z.string(),
  vatNumber: z.string(),
  bankAccountName: z.string(),
  sortCode: z.string(),
  accountNumber: z.string(),
});
export type Issuer = z.infer<typeof issuerSchema>;

export const invoiceSummarySchema = z.object({
  id,
  number: z.string(),
  kind: z.enum(['invoice', 'credit-note']),
  organisationId: id,
  organisationName: z.string(),
  status: z.enum(invoiceStatuses),
  /** The status as read today: overdue when sent and past due. */
  state: z.enum(invoiceStates),
  invoiceDate: z.string(),
  dueOn: z.string(),
  paidOn: z.string().nullable(),
  totalPence: z.number().int(),
  /**
   * The number it went out with, when sync found another invoice sent with that number from the
   * adviser's other computer and renumbered this one: the school needs the corrected copy.
   */
  renumberedFrom: z.string().nullable(),
  /** When the adviser said the corrected copy went to the school (a renumbered invoice only). */
  correctedCopySentOn: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummarySchema>;

export const invoiceSchema = invoiceSummarySchema.extend({
  /**
   * Other invoices, not cancelled, billing a diary session this one bills: possible only when two
   * computers each invoiced the same day before they synced. The adviser cancels one.
   */
  sessionsAlsoBilledOn: z.array(z.object({ id, number: z.string() })),
  creditsInvoiceId: z.string().nullable(),
  creditsInvoiceNumber: z.string().nullable(),
  /** The number the cancelled invoice first went out with, where sync renumbered it (see renumberedFrom). */
  creditsInvoiceRenumberedFrom: z.string().nullable(),
  /** For a cancelled invoice: the credit note that cancelled it. */
  creditedBy: z.object({ id, number: z.string() }).nullable(),
  supplyFrom: z.string().nullable(),
  supplyTo: z.string().nullable(),
  purchaseOrder: z.string(),
  billingName: z.string(),
  billingAddress: z.string(),
  issuer: issuerSchema,
  notes: z.string(),
  netPence: z.number().int(),
  vatPence: z.number().int(),
  lines: z.array(invoiceLineSchema),
});
export type Invoice = z.infer<typeof invoiceSchema>;

export const invoiceInputSchema = z.strictObject({
  organisationId: id,
  invoiceDate: isoDate,
  supplyFrom: isoDate.nullable(),
  supplyTo: isoDate.nullable(),
  /** From the agreement's payment days (30 otherwise) when absent. */
  dueOn: isoDate.optional(),
  purchaseOrder: text(invoiceLimits.purchaseOrder, 'The purchase order number'),
  billingName: text(fieldLimits.organisationName, 'The billing name'),
  billingAddress: text(fieldLimits.address, 'The billing address'),
  notes: text(invoiceLimits.notes, 'The notes'),
  lines: z
    .array(invoiceLineInputSchema)
    .min(1, 'An invoice needs at least one line.')
    .max(invoiceLimits.lines, `An invoice can have at most ${invoiceLimits.lines} lines.`),
});
export type InvoiceInput = z.infer<typeof invoiceInputSchema>;

/** What a new invoice starts from: the agreement's billing terms and, for a period, the lines the diary shows delivered. */
export const invoiceStartSchema = z.object({
  organisationId: id,
  organisationName: z.string(),
  billingName: z.string(),
  billingAddress: z.string(),
  purchaseOrder: z.string(),
  paymentDays: z.number().int(),
  invoiceDate: z.string(),
  dueOn: z.string(),
  supplyFrom: z.string().nullable(),
  supplyTo: z.string().nullable(),
  /** The agreement's rate, when it has one: a line typed by hand starts from it. */
  rate: z.object({ ratePence: z.number().int(), unit: z.enum(invoiceUnits) }).nullable(),
  isVatRegistered: z.boolean(),
  lines: z.array(invoiceLineInputSchema),
});
export type InvoiceStart = z.infer<typeof invoiceStartSchema>;

export const accountingFormats = ['xero', 'quickbooks'] as const;
export type AccountingFormat = (typeof accountingFormats)[number];

const period = { from: isoDate, to: isoDate };

export const invoicesChannels = {
  'invoices.details': channel({
    input: z.strictObject({}),
    output: invoiceDetailsSchema.extend({ adviserName: z.string(), address: z.string() }),
  }),
  'invoices.saveDetails': channel({
    input: invoiceDetailsSchema,
    output: invoiceDetailsSchema.extend({ adviserName: z.string(), address: z.string() }),
  }),
  /** A new invoice for an organisation; with a period, its lines from the diary's delivered sessions not yet invoiced. */
  'invoices.start': channel({
    input: z.strictObject({
      organisationId: id,
      from: isoDate.optional(),
      to: isoDate.optional(),
      on: isoDate.optional(),
    }),
    output: invoiceStartSchema,
  }),
  'invoices.create': channel({ input: invoiceInputSchema, output: invoiceSchema }),
  /** A draft changed before it is sent: same number, lines replaced. */
  'invoices.updateDraft': channel({ input: invoiceInputSchema.extend({ id }), output: invoiceSchema }),
  'invoices.list': channel({
    input: z.strictObject({
      state: z.enum(invoiceStates).optional(),
      organisationId: id.optional(),
      on: isoDate.optional(),
    }),
    output: z.array(invoiceSummarySchema),
  }),
  'invoices.get': channel({ input: z.strictObject({ id, on: isoDate.optional() }), output: invoiceSchema }),
  'invoices.markSent': channel({ input: z.strictObject({ id }), output: invoiceSchema }),
  /** The corrected copy of an invoice sync renumbered has gone to the school. */
  'invoices.correctedCopySent': channel({ input: z.strictObject({ id, on: isoDate }), output: invoiceSchema }),
  'invoices.markPaid': channel({ input: z.strictObject({ id, paidOn: isoDate }), output: invoiceSchema }),
  'invoices.creditNote': channel({
    input: z.strictObject({ id, on: isoDate, reason: text(invoiceLimits.notes, 'The reason') }),
    output: invoiceSchema,
  }),
  'invoices.exportDocx': channel({
    input: z.strictObject({ id }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  }),
  'invoices.exportAccounting': channel({
    input: z.strictObject({ format: z.enum(accountingFormats), ...period }).partial({ from: true, to: true }),
    output: z.object({ fileName: z.string(), text: z.string(), count: z.number().int() }),
  }),
};
