// `waymark invoice` and `waymark invoices` as an adviser's script runs them:
// an invoice from the diary saved and written as DOCX, printing { number,
// total, lines } as one JSON document; the accounting CSV; exit codes 0, 1, 2.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book, saveSession, setAppointment } from '../../main/services/diary';
import { saveInvoiceDetails } from '../../main/services/invoices';
import { getOrganisation, saveOrganisation } from '../../main/services/organisations';
import { importRoll } from '../../main/services/roll-import';
import { createVault } from '../../main/vault';
import { runWaymark } from '../support/cli';
import { readDocx } from '../support/docx';
import { makeTempDirectory, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';
import { contextAt } from '../../main/services/context';

const parent = makeTempDirectory('waymark-cli-business-');
const vaultDirectory = join(parent, 'vault');
const now = new Date('2026-11-20T12:00:00Z');

const waymark = (args: string[]) => runWaymark(args);

beforeAll(async () => {
  const vault = createVault({ directory: vaultDirectory, kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  const open = vault.database();
  const roll = ['UPN,Surname,Forename,DOB,Year', "A1,O'Neill,Siân,04/05/2011,11", 'A2,Okafor,Chidi,02/02/2011,11'].join(
    '\n',
  );
  const { organisationId } = importRoll(
    open,
    { organisationName: 'Hillcrest School', csv: roll, isDryRun: false },
    contextAt(now),
  );
  const school = getOrganisation(open, organisationId ?? '');
  saveOrganisation(
    open,
    {
      id: school.id,
      name: school.name,
      kind: 'school',
      address: 'Hill Road, Leeds',
      contacts: [],
      agreement: {
        services: [],
        hoursPerYear: null,
        daysPerYear: null,
        boughtUnit: 'day',
        boughtQuantity: 10,
        ratePence: 32_500,
        rateUnit: 'day',
        purchaseOrder: 'PO-77',
        startsOn: '2026-09-01',
        endsOn: '2027-07-31',
      },
    },
    contextAt(now),
  );
  saveInvoiceDetails(open, {
    tradingName: 'Clear Paths',
    vatNumber: '',
    bankAccountName: '',
    sortCode: '',
    accountNumber: '',
    prefix: 'HC-',
    nextNumber: 41,
  });
  const clientIds = (open.sqlite.prepare('SELECT id FROM clients ORDER BY surname').all() as { id: string }[]).map(
    (row) => row.id,
  );
  for (const heldOn of ['2026-11-04', '2026-11-11']) {
    const { session } = saveSession(
      open,
      {
        organisationId: school.id,
        heldOn,
        startsAt: '09:00',
        endsAt: '15:00',
        kind: 'interviews',
        slotMinutes: 45,
        room: '',
        notes: '',
      },
      contextAt(now),
    );
    for (const appointment of book(open, { sessionId: session.id, clientIds }, contextAt(now)).session.appointments)
      setAppointment(open, { id: appointment.id, status: 'seen' }, contextAt(now));
  }
  vault.lock();
});
afterAll(() => removeDirectory(parent));

describe('waymark invoice', () => {
  it('invoices the delivered days, saves the invoice with the next number and writes the DOCX', async () => {
    const out = join(parent, 'invoice.docx');
    const run = await waymark([
      'invoice',
      '--vault',
      vaultDirectory,
      '--school',
      'Hillcrest School',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--out',
      out,
      '--json',
    ]);
    expect(run.stderr).toContain('Invoice HC-0041');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toEqual({
      number: 'HC-0041',
      total: 650,
      lines: [
        {
          date: '2026-11-04',
          description: 'Careers guidance: 2 interviews',
          quantity: 1,
          unit: 'day',
          rate: 325,
          vat: 'no-vat',
          amount: 325,
        },
        {
          date: '2026-11-11',
          description: 'Careers guidance: 2 interviews',
          quantity: 1,
          unit: 'day',
          rate: 325,
          vat: 'no-vat',
          amount: 325,
        },
      ],
    });
    const docx = await readDocx(readFileSync(out));
    expect(docx.text).toContain('Invoice HC-0041');
    expect(docx.text).toContain('Your purchase order: PO-77');
    expect(docx.text).toContain('£650.00');
    expect(docx.text).not.toContain('Siân');
  });

  it('refuses the same period again (already invoiced), writing nothing and taking no number', async () => {
    const out = join(parent, 'again.docx');
    const run = await waymark([
      'invoice',
      '--vault',
      vaultDirectory,
      '--school',
      'Hillcrest School',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--out',
      out,
      '--json',
    ]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(run.stderr).toMatch(/nothing delivered to Hillcrest School .* not already invoiced/);
    expect(existsSync(out)).toBe(false);
  });

  it('says plainly when the school is not there, and treats a bad date as a usage error', async () => {
    const missing = await waymark([
      'invoice',
      '--vault',
      vaultDirectory,
      '--school',
      'Nowhere High',
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
      '--out',
      join(parent, 'x.docx'),
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('There is no organisation called "Nowhere High" in this vault.');
    const badDate = await waymark([
      'invoice',
      '--vault',
      vaultDirectory,
      '--school',
      'Hillcrest School',
      '--from',
      '2026-02-30',
      '--to',
      '2026-11-30',
      '--out',
      join(parent, 'x.docx'),
    ]);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/YYYY-MM-DD/);
    const backwards = await waymark([
      'invoice',
      '--vault',
      vaultDirectory,
      '--school',
      'Hillcrest School',
      '--from',
      '2026-11-30',
      '--to',
      '2026-11-01',
      '--out',
      join(parent, 'x.docx'),
    ]);
    expect(backwards.status).toBe(1);
    expect(backwards.stderr).toContain('The period ends (1 November 2026) before it starts (30 November 2026).');
  });
});

describe('waymark invoices', () => {
  it('writes the invoices in Xero’s layout, dates as dd/mm/yyyy', async () => {
    const out = join(parent, 'xero.csv');
    const run = await waymark(['invoices', '--vault', vaultDirectory, '--format', 'xero', '--out', out, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ format: 'xero', invoices: 1, out });
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(
      rows.map((row) => [row.InvoiceNumber, row.ContactName, row.InvoiceDate, row.UnitAmount, row.Reference]),
    ).toEqual([
      ['HC-0041', 'Hillcrest School', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), '325.00', 'PO-77'],
      ['HC-0041', 'Hillcrest School', expect.stringMatching(/^\d{2}\/\d{2}\/\d{4}$/), '325.00', 'PO-77'],
    ]);
  });

  it('writes QuickBooks’ layout, and refuses an unknown format as a usage error', async () => {
    const out = join(parent, 'quickbooks.csv');
    const run = await waymark(['invoices', '--vault', vaultDirectory, '--format', 'quickbooks', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(
      'InvoiceNo,Customer,InvoiceDate,DueDate,Terms,Memo,Item(Product/Service),ItemDescription,ItemQuantity,ItemRate,ItemAmount,ItemTaxCode,ServiceDate',
    );
    const unknown = await waymark(['invoices', '--vault', vaultDirectory, '--format', 'sage', '--out', out]);
    expect(unknown.status).toBe(2);
  });
});
