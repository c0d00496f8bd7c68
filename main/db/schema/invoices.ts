// Invoices to organisations, and credit notes that cancel them. A number is
// taken from the practice's sequence in the same transaction that saves the
// invoice, so numbers are unique and gapless; an issued invoice is never
// deleted or renumbered, only credited; the one exception is an invoice two
// computers numbered alike while apart (main/services/sync/unique-rows.ts),
// which keeps the number it went out with in `renumbered_from` so the adviser
// can send the school the corrected copy. Invoices carry no client names.
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations';

export const invoices = sqliteTable(
  'invoices',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull(),
    kind: text('kind', { enum: ['invoice', 'credit-note'] })
      .notNull()
      .default('invoice'),
    /** For a credit note: the invoice it cancels. */
    creditsInvoiceId: text('credits_invoice_id'),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    status: text('status', { enum: ['draft', 'sent', 'paid', 'cancelled'] })
      .notNull()
      .default('draft'),
    invoiceDate: text('invoice_date').notNull(),
    supplyFrom: text('supply_from'),
    supplyTo: text('supply_to'),
    dueOn: text('due_on').notNull(),
    paidOn: text('paid_on'),
    purchaseOrder: text('purchase_order').notNull().default(''),
    billingName: text('billing_name').notNull().default(''),
    billingAddress: text('billing_address').notNull().default(''),
    /** JSON: the adviser's name, trading name, address, VAT number and bank details as they were when issued. */
    issuer: text('issuer').notNull().default('{}'),
    notes: text('notes').notNull().default(''),
    /** The number it went out with before sync found that number issued on another computer too. */
    renumberedFrom: text('renumbered_from'),
    /** When the adviser said the corrected copy of a renumbered invoice went to the school. */
    correctedCopySentOn: text('corrected_copy_sent_on'),
    netPence: integer('net_pence').notNull().default(0),
    vatPence: integer('vat_pence').notNull().default(0),
    totalPence: integer('total_pence').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('invoices_number').on(table.number),
    index('invoices_organisation').on(table.organisationId, table.invoiceDate),
  ],
);

export const invoiceLines = sqliteTable(
  'invoice_lines',
  {
    id: text('id').primaryKey(),
    invoiceId: text('invoice_id')
      .notNull()
      .references(() => invoices.id),
    position: integer('position').notNull(),
    suppliedOn: text('supplied_on'),
    description: text('description').notNull(),
    quantity: real('quantity').notNull(),
    unit: text('unit', { enum: ['day', 'half-day', 'hour', 'interview', 'mileage'] }).notNull(),
    ratePence: integer('rate_pence').notNull(),
    vat: text('vat', { enum: ['standard', 'exempt', 'no-vat'] })
      .notNull()
      .default('no-vat'),
    amountPence: integer('amount_pence').notNull(),
    /** The diary session this line bills, so the same session is not billed twice. */
    diarySessionId: text('diary_session_id'),
  },
  (table) => [
    index('invoice_lines_invoice').on(table.invoiceId, table.position),
    index('invoice_lines_session').on(table.diarySessionId),
  ],
);

/** The adviser's comments and recommendations on a termly report, kept with the report's period. */
export const termlyReports = sqliteTable(
  'termly_reports',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    comments: text('comments').notNull().default(''),
    recommendations: text('recommendations').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('termly_reports_period').on(table.organisationId, table.periodFrom, table.periodTo)],
);
