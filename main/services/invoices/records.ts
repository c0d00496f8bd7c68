// Saving and reading invoices. The number is taken in the same transaction
// that saves the invoice, so a save that fails takes no number and numbers
// stay gapless. An issued invoice is never deleted or renumbered: a credit
// note, with its own number and negative amounts, cancels it.
import { and, asc, eq } from 'drizzle-orm';
import type {
  Invoice,
  InvoiceInput,
  InvoiceLineInput,
  InvoiceSummary,
  Issuer,
} from '../../../shared/contract/invoices';
import { formatUkDate, todayInLondon } from '../../../shared/dates';
import {
  creditReasonFor,
  dueDate,
  invoiceNumber,
  invoiceState,
  lineAmountPence,
  totalsOf,
  type InvoiceState,
} from '../../../shared/invoices';
import { invoiceLines, invoices, organisations } from '../../db/schema';
import { AppError } from '../../errors';
import type { OpenVault } from '../../vault';
import { getOrganisation } from '../organisations';
import { issuerOf, takeNextSequence } from './details';
import { type ServiceContext, systemContext } from '../context';

const notFound = () => new AppError('NOT_FOUND', 'That invoice is not in the vault.');

type InvoiceRow = typeof invoices.$inferSelect;

/** `invoiceId`: the draft being changed, whose own lines do not count as billing its sessions elsewhere. */
function checkInput(vault: OpenVault, input: InvoiceInput, issuer: Issuer, invoiceId: string | null = null): void {
  if (input.supplyFrom && input.supplyTo && input.supplyTo < input.supplyFrom) {
    throw new AppError(
      'VALIDATION',
      `The supply period ends (${formatUkDate(input.supplyTo)}) before it starts (${formatUkDate(input.supplyFrom)}). Nothing was saved.`,
    );
  }
  if (input.dueOn && input.dueOn < input.invoiceDate)
    throw new AppError('VALIDATION', 'The due date is before the invoice date. Nothing was saved.');
  if (issuer.vatNumber === '' && input.lines.some((line) => line.vat !== 'no-vat')) {
    throw new AppError(
      'VALIDATION',
      'VAT can be charged only with a VAT number: add yours in Settings (Invoices), or set every line to "No VAT". Nothing was saved.',
    );
  }
  const sessionIds = input.lines
    .map((line) => line.diarySessionId)
    .filter((sessionId): sessionId is string => sessionId !== null);
  const billed = sessionIds.length
    ? (vault.sqlite
        .prepare(
          `SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
            WHERE l.diary_session_id IN (SELECT value FROM json_each(@sessionIds)) AND i.kind = 'invoice' AND i.status <> 'cancelled' AND i.id IS NOT @invoiceId LIMIT 1`,
        )
        .get({ sessionIds: JSON.stringify(sessionIds), invoiceId }) as { number: string } | undefined)
    : undefined;
  if (billed)
    throw new AppError(
      'VALIDATION',
      `A session on this invoice is already billed on invoice ${billed.number}. Start the invoice again from the diary. Nothing was saved.`,
    );
}

function linesWithAmounts(lines: InvoiceLineInput[], sign: 1 | -1) {
  return lines.map((line) => ({
    ...line,
    ratePence: sign * line.ratePence,
    amountPence: sign * lineAmountPence(line.quantity, line.ratePence),
  }));
}

type NumberedInvoice = Omit<typeof invoices.$inferInsert, 'id' | 'number'>;
type SavedLine = Omit<typeof invoiceLines.$inferInsert, 'id' | 'invoiceId' | 'position'>;

/**
 * Takes the next number and saves the invoice (or credit note) with its lines
 * in one transaction, with anything else that must happen with it: if any
 * part fails, nothing is saved and the number is not taken.
 */
function saveNumbered(
  vault: OpenVault,
  invoice: NumberedInvoice,
  lines: SavedLine[],
  alongside: () => void,
  context: ServiceContext,
): string {
  const id = context.newId();
  vault.sqlite.transaction(() => {
    const { details, sequence } = takeNextSequence(vault);
    vault.db
      .insert(invoices)
      .values({ ...invoice, id, number: invoiceNumber(details.prefix, sequence) })
      .run();
    lines.forEach((line, position) =>
      vault.db
        .insert(invoiceLines)
        .values({ ...line, id: context.newId(), invoiceId: id, position })
        .run(),
    );
    alongside();
  })();
  return id;
}

/** Saves the invoice with the next number, all or nothing. */
export function createInvoice(vault: OpenVault, input: InvoiceInput, context: ServiceContext = systemContext): Invoice {
  const now = context.now();
  const organisation = getOrganisation(vault, input.organisationId);
  const issuer = issuerOf(vault);
  checkInput(vault, input, issuer);
  const lines = linesWithAmounts(input.lines, 1);
  const timestamp = now.toISOString();
  const id = saveNumbered(
    vault,
    {
      kind: 'invoice',
      organisationId: input.organisationId,
      status: 'draft',
      invoiceDate: input.invoiceDate,
      supplyFrom: input.supplyFrom,
      supplyTo: input.supplyTo,
      dueOn: input.dueOn ?? dueDate(input.invoiceDate, organisation.agreement?.paymentDays ?? 30),
      purchaseOrder: input.purchaseOrder,
      billingName: input.billingName || organisation.name,
      billingAddress: input.billingAddress,
      issuer: JSON.stringify(issuer),
      notes: input.notes,
      ...totalsOf(lines),
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    lines,
    () => undefined,
    context,
  );
  return getInvoice(vault, { id }, context);
}

/**
 * Changes a draft before it goes to the school: its number stays, its lines
 * are replaced, and who it is from is read afresh. Once sent, an invoice is
 * only ever cancelled by a credit note.
 */
export function updateDraft(
  vault: OpenVault,
  { id, ...input }: InvoiceInput & { id: string },
  context: ServiceContext = systemContext,
): Invoice {
  const now = context.now();
  const row = rowOf(vault, id);
  if (row.kind !== 'invoice' || row.status !== 'draft') {
    throw new AppError(
      'VALIDATION',
      `Invoice ${row.number} is ${row.kind === 'invoice' ? row.status : 'a credit note'}, so it can no longer be changed. Cancel it with a credit note and make a new one. Nothing was changed.`,
    );
  }
  if (input.organisationId !== row.organisationId)
    throw new AppError(
      'VALIDATION',
      'A draft stays with its organisation. Make a new invoice for another one. Nothing was changed.',
    );
  const organisation = getOrganisation(vault, row.organisationId);
  const issuer = issuerOf(vault);
  checkInput(vault, input, issuer, id);
  const lines = linesWithAmounts(input.lines, 1);
  vault.sqlite.transaction(() => {
    vault.db
      .update(invoices)
      .set({
        invoiceDate: input.invoiceDate,
        supplyFrom: input.supplyFrom,
        supplyTo: input.supplyTo,
        dueOn: input.dueOn ?? dueDate(input.invoiceDate, organisation.agreement?.paymentDays ?? 30),
        purchaseOrder: input.purchaseOrder,
        billingName: input.billingName || organisation.name,
        billingAddress: input.billingAddress,
        issuer: JSON.stringify(issuer),
        notes: input.notes,
        ...totalsOf(lines),
        updatedAt: now.toISOString(),
      })
      .where(eq(invoices.id, id))
      .run();
    vault.db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, id)).run();
    lines.forEach((line, position) =>
      vault.db
        .insert(invoiceLines)
        .values({ ...line, id: context.newId(), invoiceId: id, position })
        .run(),
    );
  })();
  return getInvoice(vault, { id }, context);
}

function rowOf(vault: OpenVault, id: string): InvoiceRow {
  const row = vault.db.select().from(invoices).where(eq(invoices.id, id)).get();
  if (!row) throw notFound();
  return row;
}

function organisationName(vault: OpenVault, organisationId: string): string {
  return (
    vault.db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId)).get()
      ?.name ?? ''
  );
}

function summaryOf(row: InvoiceRow, name: string, today: string): InvoiceSummary {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    organisationId: row.organisationId,
    organisationName: name,
    status: row.status,
    state: invoiceState(row, today),
    invoiceDate: row.invoiceDate,
    dueOn: row.dueOn,
    paidOn: row.paidOn,
    totalPence: row.totalPence,
    renumberedFrom: row.renumberedFrom,
    correctedCopySentOn: row.correctedCopySentOn,
  };
}

export function getInvoice(
  vault: OpenVault,
  { id, on }: { id: string; on?: string },
  context: ServiceContext = systemContext,
): Invoice {
  const now = context.now();
  const row = rowOf(vault, id);
  const lines = vault.db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, id))
    .orderBy(asc(invoiceLines.position))
    .all();
  const credited = row.creditsInvoiceId
    ? vault.db
        .select({ number: invoices.number, renumberedFrom: invoices.renumberedFrom })
        .from(invoices)
        .where(eq(invoices.id, row.creditsInvoiceId))
        .get()
    : undefined;
  const creditedBy = vault.db
    .select({ id: invoices.id, number: invoices.number })
    .from(invoices)
    .where(and(eq(invoices.creditsInvoiceId, id), eq(invoices.kind, 'credit-note')))
    .get();
  return {
    ...summaryOf(row, organisationName(vault, row.organisationId), on ?? todayInLondon(now)),
    sessionsAlsoBilledOn: row.kind === 'invoice' && row.status !== 'cancelled' ? alsoBilling(vault, id) : [],
    creditsInvoiceId: row.creditsInvoiceId,
    creditsInvoiceNumber: credited?.number ?? null,
    creditsInvoiceRenumberedFrom: credited?.renumberedFrom ?? null,
    creditedBy: creditedBy ?? null,
    supplyFrom: row.supplyFrom,
    supplyTo: row.supplyTo,
    purchaseOrder: row.purchaseOrder,
    billingName: row.billingName,
    billingAddress: row.billingAddress,
    issuer: JSON.parse(row.issuer) as Issuer,
    notes: row.notes,
    netPence: row.netPence,
    vatPence: row.vatPence,
    lines: lines.map(({ suppliedOn, description, quantity, unit, ratePence, vat, amountPence, diarySessionId }) => ({
      suppliedOn,
      description,
      quantity,
      unit,
      ratePence,
      vat,
      amountPence,
      diarySessionId,
    })),
  };
}

/**
 * Other invoices, not cancelled, that bill a diary session this one bills. One computer refuses
 * that (`checkInput`), but two computers apart can each invoice the same school day; sync keeps
 * both, and the invoice's page asks the adviser to cancel one with a credit note.
 */
function alsoBilling(vault: OpenVault, invoiceId: string): { id: string; number: string }[] {
  return vault.sqlite
    .prepare(
      `SELECT DISTINCT other.id, other.number FROM invoice_lines mine
         JOIN invoice_lines theirs ON theirs.diary_session_id = mine.diary_session_id AND theirs.invoice_id <> mine.invoice_id
         JOIN invoices other ON other.id = theirs.invoice_id
        WHERE mine.invoice_id = ? AND other.kind = 'invoice' AND other.status <> 'cancelled'
        ORDER BY other.number`,
    )
    .all(invoiceId) as { id: string; number: string }[];
}

export function listInvoices(
  vault: OpenVault,
  { state, organisationId, on }: { state?: InvoiceState; organisationId?: string; on?: string },
  context: ServiceContext = systemContext,
): InvoiceSummary[] {
  const now = context.now();
  const today = on ?? todayInLondon(now);
  const rows = vault.sqlite
    .prepare(
      `SELECT i.id, o.name AS organisationName FROM invoices i JOIN organisations o ON o.id = i.organisation_id
        WHERE (@organisationId IS NULL OR i.organisation_id = @organisationId)
        ORDER BY i.invoice_date DESC, i.number DESC`,
    )
    .all({ organisationId: organisationId ?? null }) as { id: string; organisationName: string }[];
  const byId = new Map(
    vault.db
      .select()
      .from(invoices)
      .all()
      .map((row) => [row.id, row]),
  );
  return rows
    .flatMap(({ id, organisationName: name }) => {
      const row = byId.get(id);
      return row ? [summaryOf(row, name, today)] : [];
    })
    .filter((summary) => state === undefined || summary.state === state);
}

/** Invoices sent and past their due date, for the home page. */
export function overdueInvoices(vault: OpenVault, on: string): InvoiceSummary[] {
  return listInvoices(vault, { state: 'overdue', on });
}

function setStatus(
  vault: OpenVault,
  id: string,
  change: Partial<Pick<InvoiceRow, 'status' | 'paidOn'>>,
  now: Date,
): void {
  vault.db
    .update(invoices)
    .set({ ...change, updatedAt: now.toISOString() })
    .where(eq(invoices.id, id))
    .run();
}

export function markSent(vault: OpenVault, { id }: { id: string }, context: ServiceContext = systemContext): Invoice {
  const now = context.now();
  const row = rowOf(vault, id);
  if (row.kind !== 'invoice') throw new AppError('VALIDATION', 'A credit note is not sent for payment.');
  if (row.status !== 'draft') throw new AppError('VALIDATION', `Invoice ${row.number} is already ${row.status}.`);
  setStatus(vault, id, { status: 'sent' }, now);
  return getInvoice(vault, { id }, context);
}

/** The adviser has sent the school the corrected copy of an invoice sync renumbered. */
export function markCorrectedCopySent(
  vault: OpenVault,
  { id, on }: { id: string; on: string },
  context: ServiceContext = systemContext,
): Invoice {
  const row = rowOf(vault, id);
  if (!row.renumberedFrom) throw new AppError('VALIDATION', `Invoice ${row.number} was never renumbered.`);
  vault.db
    .update(invoices)
    .set({ correctedCopySentOn: on, updatedAt: context.now().toISOString() })
    .where(eq(invoices.id, id))
    .run();
  return getInvoice(vault, { id }, context);
}

export function markPaid(
  vault: OpenVault,
  { id, paidOn }: { id: string; paidOn: string },
  context: ServiceContext = systemContext,
): Invoice {
  const now = context.now();
  const row = rowOf(vault, id);
  if (row.kind !== 'invoice') throw new AppError('VALIDATION', 'A credit note is not paid.');
  if (row.status === 'cancelled')
    throw new AppError('VALIDATION', `Invoice ${row.number} was cancelled by a credit note, so it cannot be paid.`);
  if (paidOn < row.invoiceDate)
    throw new AppError('VALIDATION', `The payment date is before the invoice date (${formatUkDate(row.invoiceDate)}).`);
  setStatus(vault, id, { status: 'paid', paidOn }, now);
  return getInvoice(vault, { id }, context);
}

/** Cancels an issued invoice with a credit note for all of it: its own number, the same lines with negative amounts. */
export function creditInvoice(
  vault: OpenVault,
  { id, on, reason }: { id: string; on: string; reason: string },
  context: ServiceContext = systemContext,
): Invoice {
  const now = context.now();
  const original = getInvoice(vault, { id }, context);
  if (original.kind !== 'invoice') throw new AppError('VALIDATION', 'A credit note cannot itself be credited.');
  if (original.status === 'cancelled')
    throw new AppError(
      'VALIDATION',
      `Invoice ${original.number} is already cancelled by credit note ${original.creditedBy?.number ?? ''}.`.replace(
        / \.$/,
        '.',
      ),
    );
  if (on < original.invoiceDate)
    throw new AppError(
      'VALIDATION',
      `The credit note cannot be dated before the invoice (${formatUkDate(original.invoiceDate)}).`,
    );
  const timestamp = now.toISOString();
  const creditId = saveNumbered(
    vault,
    {
      kind: 'credit-note',
      creditsInvoiceId: id,
      organisationId: original.organisationId,
      status: 'sent',
      invoiceDate: on,
      supplyFrom: original.supplyFrom,
      supplyTo: original.supplyTo,
      dueOn: on,
      purchaseOrder: original.purchaseOrder,
      billingName: original.billingName,
      billingAddress: original.billingAddress,
      issuer: JSON.stringify(original.issuer),
      notes: reason || creditReasonFor(original.number),
      netPence: -original.netPence,
      vatPence: -original.vatPence,
      totalPence: -original.totalPence,
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    // The credit note's lines keep no diary session: the sessions are free to be invoiced again.
    linesWithAmounts(original.lines, -1).map((line) => ({ ...line, diarySessionId: null })),
    () => setStatus(vault, id, { status: 'cancelled' }, now),
    context,
  );
  return getInvoice(vault, { id: creditId }, context);
}
