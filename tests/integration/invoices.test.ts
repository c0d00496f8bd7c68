// Invoices in a real encrypted vault: lines from the diary's delivered
// sessions at the agreement's rate (never a pupil's name), gapless numbers
// that a failed save does not take, VAT only with a VAT number, credit notes,
// overdue on the home page, and the DOCX and accounting CSVs as an adviser
// (and their accountant's software) would read them.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { book, saveSession, setAppointment } from '../../main/services/diary';
import {
  createInvoice,
  creditInvoice,
  exportAccounting,
  exportInvoiceDocx,
  getInvoice,
  listInvoices,
  markPaid,
  markSent,
  overdueInvoices,
  readInvoiceDetails,
  saveInvoiceDetails,
  startInvoice,
  updateDraft,
} from '../../main/services/invoices';
import { getOrganisation, saveOrganisation } from '../../main/services/organisations';
import { savePracticeDetails } from '../../main/services/practice';
import { updateSettings } from '../../main/services/settings';
import type { OpenVault, Vault } from '../../main/vault';
import {
  invoiceDetailsSchema,
  invoiceInputSchema,
  invoiceSchema,
  type InvoiceInput,
} from '../../shared/contract/invoices';
import { readDocx } from '../support/docx';
import { filesContaining, makeVaultWithRoll, removeDirectory } from '../support/vault-fixture';
import { contextAt, fixedContext } from '../../main/services/context';

const now = new Date('2026-11-30T17:00:00Z');
const roll = [
  'UPN,Surname,Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,04/05/2011,11,11A",
  'A2,Okafor,Chidi,02/02/2011,11,11A',
  'A3,Zielińska,Hanna,03/03/2011,11,11B',
].join('\n');

let vault: Vault;
let open: OpenVault;
let organisationId: string;
let idOf: (surname: string) => string;

const noVat = {
  tradingName: 'Clear Paths Careers',
  vatNumber: '',
  bankAccountName: 'Clear Paths Careers',
  sortCode: '12-34-56',
  accountNumber: '12345678',
  prefix: 'CPC-',
  nextNumber: 7,
};

beforeEach(async () => {
  const made = await makeVaultWithRoll(roll, now);
  ({ vault, open } = made);
  idOf = made.clientIdOf;
  organisationId = getOrganisation(
    open,
    (open.sqlite.prepare('SELECT id FROM organisations').get() as { id: string }).id,
  ).id;
  const school = getOrganisation(open, organisationId);
  saveOrganisation(
    open,
    {
      id: organisationId,
      name: school.name,
      kind: 'school',
      address: '1 School Lane\nLeeds LS2 2BB',
      contacts: [],
      agreement: {
        services: ['interview-caseload'],
        hoursPerYear: null,
        daysPerYear: 12,
        boughtUnit: 'day',
        boughtQuantity: 12,
        ratePence: 35_000,
        rateUnit: 'day',
        paymentDays: 14,
        billingName: 'Northfield Learning Trust',
        billingAddress: 'Trust Office, 9 Mill Road\nLeeds LS1 1AA',
        purchaseOrder: 'PO-4471',
        startsOn: '2026-09-01',
        endsOn: '2027-07-31',
      },
    },
    contextAt(now),
  );
  updateSettings(open.db, { adviserName: 'Jo Adviser' });
  savePracticeDetails(open, {
    businessName: 'Clear Paths Careers',
    address: '5 High Street\nYork YO1 7HH',
    icoRegistrationNumber: '',
    dataProtectionContact: '',
  });
  saveInvoiceDetails(open, noVat);
});
afterEach(() => {
  vault.lock();
  removeDirectory(vault.files.directory);
});

/** A school day held: a session with pupils seen and one who did not come. */
function schoolDay(
  heldOn: string,
  startsAt = '09:00',
  endsAt = '15:00',
  seen: string[] = ["O'Neill", 'Okafor'],
  missed: string[] = ['Zielińska'],
): string {
  const { session } = saveSession(
    open,
    { organisationId, heldOn, startsAt, endsAt, kind: 'interviews', slotMinutes: 45, room: '', notes: '' },
    contextAt(now),
  );
  const pupils = [...seen, ...missed];
  if (pupils.length === 0) return session.id;
  const booked = book(open, { sessionId: session.id, clientIds: pupils.map(idOf) }, contextAt(now)).session
    .appointments;
  for (const appointment of booked) {
    const surname = pupils.find((name) => idOf(name) === appointment.clientId) ?? '';
    setAppointment(
      open,
      { id: appointment.id, status: missed.includes(surname) ? 'did-not-attend' : 'seen' },
      contextAt(now),
    );
  }
  return session.id;
}

const fromDiary = (from = '2026-11-01', to = '2026-11-30') =>
  startInvoice(open, { organisationId, from, to, on: '2026-11-30' }, contextAt(now));

function inputFrom(start: ReturnType<typeof startInvoice>): InvoiceInput {
  const { billingName, billingAddress, purchaseOrder, invoiceDate, supplyFrom, supplyTo, dueOn, lines } = start;
  return {
    organisationId,
    billingName,
    billingAddress,
    purchaseOrder,
    invoiceDate,
    supplyFrom,
    supplyTo,
    dueOn,
    notes: '',
    lines,
  };
}

describe('an invoice from the diary', () => {
  it('bills each school day delivered in the period at the agreement’s rate, leaves out travel, days ahead and days already invoiced', () => {
    schoolDay('2026-11-04');
    schoolDay('2026-11-11', '09:00', '12:00', ['Okafor'], []);
    saveSession(
      open,
      {
        organisationId,
        heldOn: '2026-11-11',
        startsAt: '12:00',
        endsAt: '13:00',
        kind: 'travel',
        slotMinutes: 45,
        room: '',
        notes: '',
      },
      contextAt(now),
    );
    schoolDay('2026-12-02'); // ahead: not delivered yet
    const start = fromDiary('2026-11-01', '2026-12-31');
    expect(start).toMatchObject({
      billingName: 'Northfield Learning Trust',
      purchaseOrder: 'PO-4471',
      invoiceDate: '2026-11-30',
      dueOn: '2026-12-14',
      isVatRegistered: false,
    });
    expect(
      start.lines.map(({ suppliedOn, description, quantity, unit, ratePence, vat }) => ({
        suppliedOn,
        description,
        quantity,
        unit,
        ratePence,
        vat,
      })),
    ).toEqual([
      // The pupil who did not attend counts (the agreement says so) but is never named.
      {
        suppliedOn: '2026-11-04',
        description: 'Careers guidance: 3 interviews',
        quantity: 1,
        unit: 'day',
        ratePence: 35_000,
        vat: 'no-vat',
      },
      {
        suppliedOn: '2026-11-11',
        description: 'Careers guidance: 1 interview',
        quantity: 0.5,
        unit: 'day',
        ratePence: 35_000,
        vat: 'no-vat',
      },
    ]);
    const invoice = createInvoice(open, inputFrom(start), contextAt(now));
    expect(invoice).toMatchObject({
      number: 'CPC-0007',
      status: 'draft',
      state: 'draft',
      netPence: 52_500,
      vatPence: 0,
      totalPence: 52_500,
    });
    expect(invoice.issuer).toEqual({
      adviserName: 'Jo Adviser',
      tradingName: 'Clear Paths Careers',
      address: '5 High Street\nYork YO1 7HH',
      vatNumber: '',
      bankAccountName: 'Clear Paths Careers',
      sortCode: '12-34-56',
      accountNumber: '12345678',
    });

    // Billed once: the same period again has nothing left to bill.
    expect(() => fromDiary('2026-11-01', '2026-11-30')).toThrow(
      'The diary shows nothing delivered to Northfield Academy from 1 November 2026 to 30 November 2026 that is not already invoiced.',
    );
    expect(() => createInvoice(open, inputFrom(start), contextAt(now))).toThrow(/already billed on invoice CPC-0007/);
  });

  it('refuses plainly: no rate, nothing delivered, a period that ends before it starts, and takes no number', () => {
    expect(() => fromDiary('2026-11-30', '2026-11-01')).toThrow(
      'The period ends (1 November 2026) before it starts (30 November 2026).',
    );
    expect(() => fromDiary()).toThrow(/nothing delivered to Northfield Academy/);
    const school = getOrganisation(open, organisationId);
    saveOrganisation(
      open,
      {
        id: organisationId,
        name: school.name,
        kind: 'school',
        address: school.address,
        contacts: [],
        agreement: { ...school.agreement!, ratePence: null, rateUnit: null },
      },
      contextAt(now),
    );
    schoolDay('2026-11-04');
    expect(() => fromDiary()).toThrow(
      'The agreement with Northfield Academy has no rate, so the lines cannot be worked out from the diary. Add the rate to the agreement (Edit details), or type the lines by hand.',
    );
    const college = saveOrganisation(
      open,
      { name: 'Brook College', kind: 'college', address: '', contacts: [], agreement: null },
      contextAt(now),
    );
    expect(() =>
      startInvoice(open, { organisationId: college.id, from: '2026-11-01', to: '2026-11-30' }, contextAt(now)),
    ).toThrow(/^No agreement with Brook College is recorded, so the lines cannot be worked out from the diary/);
    // By hand it can still be invoiced.
    const byHand = createInvoice(
      open,
      {
        ...inputFrom(startInvoice(open, { organisationId, on: '2026-11-30' }, contextAt(now))),
        lines: [
          {
            suppliedOn: '2026-11-04',
            description: 'Careers guidance: parents’ evening',
            quantity: 2.5,
            unit: 'hour',
            ratePence: 6_000,
            vat: 'no-vat',
            diarySessionId: null,
          },
        ],
      },
      contextAt(now),
    );
    expect(byHand).toMatchObject({ number: 'CPC-0007', totalPence: 15_000 });
    expect(readInvoiceDetails(open).nextNumber).toBe(8);
  });

  it('refuses a purchase order of 200 characters and a VAT number in the wrong shape', () => {
    schoolDay('2026-11-04');
    const input = inputFrom(fromDiary());
    expect(() => createInvoiceThroughContract({ ...input, purchaseOrder: 'P'.repeat(200) })).toThrow(
      'The purchase order number can be at most 100 characters.',
    );
    const wrongVat = invoiceDetailsSchema.safeParse({ ...noVat, vatNumber: 'GB12345' });
    expect(wrongVat.success ? '' : wrongVat.error.issues[0]?.message).toMatch(
      /^A UK VAT number is GB followed by 9 or 12 digits/,
    );
    expect(invoiceDetailsSchema.parse({ ...noVat, vatNumber: 'gb 123 4567 89' }).vatNumber).toBe('GB123456789');
    expect(listInvoices(open, {})).toHaveLength(0);
    expect(readInvoiceDetails(open).nextNumber).toBe(7);
  });
});

/** What the dispatcher does first: the contract's own check of the input, then the service. */
function createInvoiceThroughContract(input: InvoiceInput) {
  const parsed = invoiceInputSchema.safeParse(input);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message);
  return createInvoice(open, parsed.data, contextAt(now));
}

describe('numbering', () => {
  it('is gapless: a save that fails part-way takes no number and leaves nothing half-written', () => {
    schoolDay('2026-11-04');
    schoolDay('2026-11-11');
    const first = createInvoice(open, inputFrom(fromDiary('2026-11-01', '2026-11-05')), contextAt(now));
    // The disk fails while the lines are written.
    open.sqlite.exec(
      "CREATE TEMP TRIGGER fail_lines BEFORE INSERT ON invoice_lines BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;",
    );
    const second = inputFrom(fromDiary('2026-11-06', '2026-11-30'));
    expect(() => createInvoice(open, second, contextAt(now))).toThrow('disk I/O error');
    expect(listInvoices(open, {}).map((invoice) => invoice.number)).toEqual(['CPC-0007']);
    expect(open.sqlite.prepare('SELECT count(*) AS lines FROM invoice_lines').get()).toEqual({ lines: 1 });
    expect(readInvoiceDetails(open).nextNumber).toBe(8);
    open.sqlite.exec('DROP TRIGGER fail_lines');
    const retried = createInvoice(open, second, contextAt(now));
    expect([first.number, retried.number]).toEqual(['CPC-0007', 'CPC-0008']);
    // The sequence cannot be wound back onto a number already used.
    expect(() => saveInvoiceDetails(open, { ...noVat, nextNumber: 8 })).toThrow(
      'CPC-0008 already exists, so the next number must be 9 or more: no number is ever used twice. Nothing was saved.',
    );
    expect(readInvoiceDetails(open).nextNumber).toBe(9);
  });
});

describe('VAT', () => {
  it('is charged only with a VAT number, at 20 % on standard-rated lines, and shown on the DOCX', async () => {
    schoolDay('2026-11-04');
    const input = inputFrom(fromDiary());
    expect(() =>
      createInvoice(
        open,
        { ...input, lines: input.lines.map((line) => ({ ...line, vat: 'standard' as const })) },
        contextAt(now),
      ),
    ).toThrow(/VAT can be charged only with a VAT number/);
    expect(readInvoiceDetails(open).nextNumber).toBe(7);

    saveInvoiceDetails(open, { ...noVat, vatNumber: 'GB123456789' });
    const start = fromDiary();
    expect(start.lines.map((line) => line.vat)).toEqual(['standard']);
    const mileage = {
      suppliedOn: '2026-11-04',
      description: 'Mileage',
      quantity: 40,
      unit: 'mileage' as const,
      ratePence: 45,
      vat: 'exempt' as const,
      diarySessionId: null,
    };
    const invoice = createInvoice(open, { ...inputFrom(start), lines: [...start.lines, mileage] }, contextAt(now));
    expect(invoice).toMatchObject({ netPence: 36_800, vatPence: 7_000, totalPence: 43_800 });
    const text = (await readDocx((await exportInvoiceDocx(open, { id: invoice.id }, contextAt(now))).bytes)).text;
    expect(text).toContain('VAT number: GB123456789');
    expect(text).toContain('£70.00');
    expect(text).toContain('£438.00');
  });

  it('leaves VAT off the DOCX of an adviser who is not registered', async () => {
    schoolDay('2026-11-04');
    const invoice = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    const docx = await readDocx((await exportInvoiceDocx(open, { id: invoice.id }, contextAt(now))).bytes);
    expect(docx.text).not.toMatch(/VAT number/);
    expect(docx.text).toContain('No VAT is charged: the supplier is not registered for VAT.');
  });
});

describe('statuses and credit notes', () => {
  it('lets a draft be changed, keeping its number, until it is sent', () => {
    schoolDay('2026-11-04');
    const start = fromDiary();
    const draft = createInvoice(open, inputFrom(start), contextAt(now));
    const line = start.lines[0]!;
    const changed = updateDraft(
      open,
      {
        ...inputFrom(start),
        id: draft.id,
        purchaseOrder: 'PO-5000',
        lines: [
          { ...line, quantity: 0.5 },
          {
            ...line,
            diarySessionId: null,
            description: 'Careers guidance: parents’ evening',
            quantity: 2,
            unit: 'hour',
            ratePence: 6_000,
          },
        ],
      },
      contextAt(now),
    );
    expect(changed).toMatchObject({ number: 'CPC-0007', purchaseOrder: 'PO-5000', totalPence: 17_500 + 12_000 });
    expect(changed.lines.map((entry) => entry.description)).toEqual([
      'Careers guidance: 3 interviews',
      'Careers guidance: parents’ evening',
    ]);
    expect(readInvoiceDetails(open).nextNumber).toBe(8);
    markSent(open, { id: draft.id }, contextAt(now));
    expect(() => updateDraft(open, { ...inputFrom(start), id: draft.id }, contextAt(now))).toThrow(
      'Invoice CPC-0007 is sent, so it can no longer be changed. Cancel it with a credit note and make a new one. Nothing was changed.',
    );
  });

  it('goes draft, sent, overdue (on the home page), paid with its date', () => {
    schoolDay('2026-11-04');
    const invoice = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    expect(overdueInvoices(open, '2026-12-20')).toHaveLength(0);
    markSent(open, { id: invoice.id }, contextAt(now));
    expect(getInvoice(open, { id: invoice.id, on: '2026-12-14' }).state).toBe('sent');
    expect(getInvoice(open, { id: invoice.id, on: '2026-12-15' }).state).toBe('overdue');
    expect(overdueInvoices(open, '2026-12-15').map((overdue) => overdue.number)).toEqual(['CPC-0007']);
    expect(listInvoices(open, { state: 'overdue', on: '2026-12-15' })).toHaveLength(1);
    expect(listInvoices(open, { state: 'draft', on: '2026-12-15' })).toHaveLength(0);
    expect(() => markPaid(open, { id: invoice.id, paidOn: '2026-11-01' }, contextAt(now))).toThrow(
      'The payment date is before the invoice date (30 November 2026).',
    );
    const paid = markPaid(open, { id: invoice.id, paidOn: '2026-12-18' }, contextAt(now));
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-12-18', state: 'paid' });
    expect(overdueInvoices(open, '2026-12-20')).toHaveLength(0);
  });

  it('cancels an issued invoice with a credit note of its own number and negative amounts, never deleting or renumbering, and frees the sessions to bill again', () => {
    schoolDay('2026-11-04');
    const invoice = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    markSent(open, { id: invoice.id }, contextAt(now));
    const credit = creditInvoice(
      open,
      { id: invoice.id, on: '2026-12-01', reason: 'Billed to the wrong trust.' },
      contextAt(now),
    );
    expect(credit).toMatchObject({
      kind: 'credit-note',
      number: 'CPC-0008',
      creditsInvoiceNumber: 'CPC-0007',
      totalPence: -35_000,
      state: 'credit-note',
      notes: 'Billed to the wrong trust.',
    });
    expect(credit.lines.map((line) => line.amountPence)).toEqual([-35_000]);
    // The channel carries it back to the screen as it is (negative amounts and all).
    expect(invoiceSchema.safeParse(credit).error).toBeUndefined();
    expect(getInvoice(open, { id: invoice.id })).toMatchObject({
      number: 'CPC-0007',
      status: 'cancelled',
      creditedBy: { id: credit.id, number: 'CPC-0008' },
      totalPence: 35_000,
    });
    expect(() => creditInvoice(open, { id: invoice.id, on: '2026-12-01', reason: '' }, contextAt(now))).toThrow(
      /already cancelled by credit note CPC-0008/,
    );
    expect(() => markPaid(open, { id: invoice.id, paidOn: '2026-12-02' }, contextAt(now))).toThrow(
      /cancelled by a credit note/,
    );
    expect(
      listInvoices(open, {})
        .map((entry) => entry.number)
        .sort(),
    ).toEqual(['CPC-0007', 'CPC-0008']);
    const again = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    expect(again.number).toBe('CPC-0009');
  });
});

describe('the documents', () => {
  it('names the trading name alone when no adviser name is set, never "trading as" on its own, and gives the description room', async () => {
    updateSettings(open.db, { adviserName: '' });
    schoolDay('2026-11-04');
    const invoice = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    const docx = await readDocx((await exportInvoiceDocx(open, { id: invoice.id }, contextAt(now))).bytes);
    expect(docx.text).toContain('Clear Paths Careers');
    expect(docx.text).not.toContain('trading as');
    // The lines table has fixed widths, the description the widest column.
    const widths = [...docx.documentXml.matchAll(/<w:gridCol w:w="(\d+)"/g)].map((match) => Number(match[1]));
    expect(Math.max(...widths)).toBe(widths[1]);
  });

  it('puts everything a UK invoice needs in the DOCX, and no pupil’s name', async () => {
    schoolDay('2026-11-04');
    const invoice = createInvoice(open, inputFrom(fromDiary()), contextAt(now));
    const exported = await exportInvoiceDocx(open, { id: invoice.id }, contextAt(now));
    expect(exported.fileName).toBe('Invoice CPC-0007.docx');
    const docx = await readDocx(exported.bytes);
    expect(docx.paragraphs[0]).toEqual({ style: 'Title', text: 'Invoice CPC-0007' });
    expect(
      docx.paragraphs.filter((paragraph) => paragraph.style === 'Heading1').map((paragraph) => paragraph.text),
    ).toEqual(['From', 'To', 'Details', 'What is invoiced', 'How to pay']);
    for (const expected of [
      'Jo Adviser, trading as Clear Paths Careers',
      '5 High Street',
      'Northfield Learning Trust',
      'Trust Office, 9 Mill Road',
      'Invoice date: 30 November 2026',
      'Supplied: 1 November 2026 to 30 November 2026',
      'Payment due by: 14 December 2026',
      'Your purchase order: PO-4471',
      'Careers guidance: 3 interviews',
      '£350.00',
      'Sort code: 12-34-56',
      'Account number: 12345678',
      'Late Payment of Commercial Debts (Interest) Act 1998',
    ]) {
      expect(docx.text).toContain(expected);
    }
    expect(docx.documentXml).toContain('<w:tbl>');
    expect(docx.documentXml).toContain('w:w="11906"');
    expect(docx.footer).toContain('Invoice CPC-0007');
    for (const name of ['Siân', "O'Neill", 'Okafor', 'Chidi', 'Zielińska', 'Hanna'])
      expect(docx.text).not.toContain(name);
  });

  it('exports Xero’s and QuickBooks’ layouts, one row per line, dates as dd/mm/yyyy, with credit notes negative and no pupil’s name', () => {
    schoolDay('2026-11-04');
    schoolDay('2026-11-11');
    const invoice = createInvoice(
      open,
      { ...inputFrom(fromDiary()), billingName: 'Northfield Learning Trust, "Finance"' },
      contextAt(now),
    );
    creditInvoice(open, { id: invoice.id, on: '2026-12-01', reason: '' }, contextAt(now));

    const xero = exportAccounting(open, { format: 'xero' }, contextAt(now));
    expect(xero.count).toBe(2);
    const xeroRows = parse(xero.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(xeroRows[0] ?? {})).toEqual([
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
    ]);
    expect(xeroRows).toHaveLength(4);
    expect(xeroRows[0]).toEqual({
      ContactName: 'Northfield Learning Trust, "Finance"',
      InvoiceNumber: 'CPC-0007',
      Reference: 'PO-4471',
      InvoiceDate: '30/11/2026',
      DueDate: '14/12/2026',
      Description: 'Careers guidance: 3 interviews (days)',
      Quantity: '1',
      UnitAmount: '350.00',
      AccountCode: '200',
      TaxType: 'No VAT',
    });
    expect(xeroRows[2]).toMatchObject({ InvoiceNumber: 'CPC-0008', InvoiceDate: '01/12/2026', UnitAmount: '-350.00' });

    const quickBooks = exportAccounting(open, { format: 'quickbooks' }, contextAt(now));
    const quickBooksRows = parse(quickBooks.text, { columns: true, bom: true }) as Record<string, string>[];
    expect(Object.keys(quickBooksRows[0] ?? {})).toEqual([
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
    ]);
    expect(quickBooksRows[0]).toMatchObject({
      InvoiceNo: 'CPC-0007',
      InvoiceDate: '30/11/2026',
      DueDate: '14/12/2026',
      Terms: 'Net 14',
      ItemQuantity: '1',
      ItemRate: '350.00',
      ItemAmount: '350.00',
      ItemTaxCode: 'No VAT',
      ServiceDate: '04/11/2026',
    });
    // QuickBooks takes credit notes through its own import, so its invoice file leaves them out.
    expect(quickBooks.count).toBe(1);
    expect(quickBooksRows.map((row) => row.InvoiceNo)).toEqual(['CPC-0007', 'CPC-0007']);

    for (const text of [xero.text, quickBooks.text]) {
      for (const name of ['Siân', "O'Neill", 'Okafor', 'Zielińska']) expect(text).not.toContain(name);
    }
    // Nothing readable was left in the vault's files either.
    expect(filesContaining(vault.files.directory, 'CPC-0007')).toEqual([]);
  });
});

describe('the clock and ids an invoice is given', () => {
  it('gives the invoice and its line the ids handed out, made at the frozen time, and marks it sent then', () => {
    const frozen = fixedContext({
      now: '2026-11-30T16:00:00Z',
      ids: ['1e000000-0000-4000-8000-000000000001', '1e000000-0000-4000-8000-000000000002'],
    });
    const invoice = createInvoice(
      open,
      {
        ...inputFrom(startInvoice(open, { organisationId, on: '2026-11-30' }, frozen)),
        lines: [
          {
            suppliedOn: '2026-11-04',
            description: 'Careers guidance: parents’ evening',
            quantity: 2,
            unit: 'hour',
            ratePence: 6_000,
            vat: 'no-vat',
            diarySessionId: null,
          },
        ],
      },
      frozen,
    );
    expect(invoice.id).toBe('1e000000-0000-4000-8000-000000000001');
    expect(open.sqlite.prepare('SELECT id FROM invoice_lines').all()).toEqual([
      { id: '1e000000-0000-4000-8000-000000000002' },
    ]);
    markSent(open, { id: invoice.id }, fixedContext({ now: '2026-12-01T09:15:00Z' }));
    expect(open.sqlite.prepare('SELECT created_at AS createdAt, updated_at AS updatedAt FROM invoices').all()).toEqual([
      { createdAt: '2026-11-30T16:00:00.000Z', updatedAt: '2026-12-01T09:15:00.000Z' },
    ]);
  });
});
