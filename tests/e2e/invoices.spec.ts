// The business with a school, end to end: an agreement in days with a rate,
// the overview's bought, used and left from the diary, an invoice worked out
// from the delivered days, sent, downloaded as DOCX, exported for Xero, and an
// overdue one on the home page. Axe clean at 1366 and 1024 px.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { toUkDate } from '../../shared/dates';
import { readDocx } from '../support/docx';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import type { Harness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { invoiceScreen, invoicesScreen, newInvoiceScreen } from './pages/invoices-page';
import { organisationForm, organisationsScreen } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';

const laptops = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

/** A day a number of days before today, as YYYY-MM-DD. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function must<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/** Two school days held in the last fortnight, every booked pupil seen. */
async function schoolDaysHeld(harness: Harness, organisationId: string): Promise<void> {
  const clients = await must(
    harness.call('clients.list', { filter: { organisationId }, sort: 'surname', offset: 0, limit: 50 }),
  );
  for (const heldOn of [daysAgo(14), daysAgo(7)]) {
    const { session } = await must(
      harness.call('diary.saveSession', {
        organisationId,
        heldOn,
        startsAt: '09:00',
        endsAt: '15:00',
        kind: 'interviews',
        slotMinutes: 45,
        room: '',
        notes: '',
      }),
    );
    const booked = await must(
      harness.call('diary.book', {
        sessionId: session.id,
        clientIds: clients.rows.slice(0, 2).map((client) => client.id),
      }),
    );
    for (const appointment of booked.session.appointments)
      await must(harness.call('diary.setAppointment', { id: appointment.id, status: 'seen' }));
  }
}

test('an agreement in days is measured against the diary, invoiced from it, sent, downloaded and exported for Xero', async ({
  page,
  harness,
}) => {
  const { organisationId } = await vaultWithSian(harness);
  await schoolDaysHeld(harness, organisationId);
  await must(harness.call('settings.update', { adviserName: 'Jo Adviser' }));
  await must(
    harness.call('invoices.saveDetails', {
      tradingName: 'Clear Paths Careers',
      vatNumber: '',
      bankAccountName: 'Clear Paths Careers',
      sortCode: '12-34-56',
      accountNumber: '12345678',
      prefix: 'INV-',
      nextNumber: 1,
    }),
  );

  await page.goto(harness.url);
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Hillcrest School').click();
  const overview = overviewScreen(page);
  await overview.edit.click();
  const form = organisationForm(page);
  await form.boughtIn.selectOption({ label: 'Days' });
  await form.boughtQuantity.fill('12');
  await form.rate.fill('350');
  await form.rateUnit.selectOption({ label: 'Day' });
  await form.purchaseOrder.fill('PO-4471');
  await form.save.click();
  await expect(overview.heading('Hillcrest School')).toBeFocused();
  await expect(overview.delivery).toHaveText('12 days bought: 2 used, 0 booked, 10 left.');
  await expect(overview.deliveryWarning).toHaveCount(0);

  await overview.createInvoice.click();
  const draft = newInvoiceScreen(page);
  await expect(draft.organisation).toHaveValue(organisationId);
  await draft.from.fill(toUkDate(daysAgo(20)));
  await draft.to.fill(toUkDate(daysAgo(1)));
  await draft.fromDiary.click();
  await expect(draft.lineDescription(1)).toHaveValue('Careers guidance: 2 interviews');
  await expect(draft.lineDescription(2)).toHaveValue('Careers guidance: 2 interviews');
  await expect(draft.lineAmounts).toHaveText(['Amount: £350.00', 'Amount: £350.00']);
  await expect(draft.total).toHaveText('£700.00');
  await expect(draft.purchaseOrder).toHaveValue('PO-4471');
  for (const viewport of laptops) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `a new invoice at ${viewport.width} px`);
    // Fits the screen, top bar included, without sideways scrolling.
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(
      true,
    );
    await expect(page.getByRole('button', { name: /^Lock/ })).toBeInViewport();
  }
  // A purchase order of 200 characters is refused plainly, and no number is used.
  await draft.purchaseOrder.fill('P'.repeat(200));
  await draft.save.click();
  await expect(page.getByText('The purchase order number can be at most 100 characters.').first()).toBeVisible();
  await draft.purchaseOrder.fill('PO-4471');
  await draft.lineQuantity(2).fill('0.5');
  await expect(draft.total).toHaveText('£525.00');
  await draft.save.click();

  const invoice = invoiceScreen(page);
  await expect(invoice.heading('Invoice INV-0001')).toBeVisible();
  await expect(invoice.status).toHaveText('Hillcrest School · Draft');
  await expect(invoice.total).toHaveText('£525.00');
  // A draft can still be changed, keeping its number.
  await invoice.changeDraft.click();
  await draft.lineQuantity(2).fill('1');
  await expect(draft.total).toHaveText('£700.00');
  await draft.lineQuantity(2).fill('0.5');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(invoice.message).toHaveText('Draft INV-0001 changed.');
  await expect(invoice.total).toHaveText('£525.00');
  await invoice.markSent.click();
  await expect(invoice.status).toHaveText('Hillcrest School · Sent');
  await expect(invoice.message).toContainText('Invoice INV-0001 marked as sent.');
  for (const viewport of laptops) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `an invoice at ${viewport.width} px`);
  }

  const docxDownload = page.waitForEvent('download');
  await invoice.download.click();
  const docxFile = await docxDownload;
  expect(docxFile.suggestedFilename()).toBe('Invoice INV-0001.docx');
  const docx = await readDocx(await readFile((await docxFile.path()) ?? ''));
  expect(docx.text).toContain('Invoice INV-0001');
  expect(docx.text).toContain('Jo Adviser, trading as Clear Paths Careers');
  expect(docx.text).toContain('Your purchase order: PO-4471');
  expect(docx.text).toContain('£525.00');
  expect(docx.text).not.toContain('Siân');

  const invoices = invoicesScreen(page);
  await invoices.navLink.click();
  await expect(invoices.heading).toBeVisible();
  await expect(invoices.cellsOf('INV-0001').first()).toHaveText('Hillcrest School');
  await expect(invoices.cellsOf('INV-0001').nth(3)).toHaveText('Sent');
  await expect(invoices.cellsOf('INV-0001').nth(4)).toHaveText('£525.00');
  await invoices.filter.selectOption({ label: 'Paid' });
  await expect(invoices.table).toHaveCount(0);
  await invoices.filter.selectOption({ label: 'Sent' });
  await expect(invoices.open('INV-0001')).toBeVisible();
  for (const viewport of laptops) {
    await page.setViewportSize(viewport);
    await expectAccessible(page, `invoices at ${viewport.width} px`);
  }

  await invoices.accountingFormat.selectOption({ label: 'Xero' });
  const csvDownload = page.waitForEvent('download');
  await invoices.downloadCsv.click();
  const csvFile = await csvDownload;
  const rows = parse(await readFile((await csvFile.path()) ?? '', 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  expect(Object.keys(rows[0] ?? {})).toEqual([
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
  expect(rows.map((row) => [row.InvoiceNumber, row.Reference, row.Quantity, row.UnitAmount])).toEqual([
    ['INV-0001', 'PO-4471', '1', '350.00'],
    ['INV-0001', 'PO-4471', '0.5', '350.00'],
  ]);
  expect(
    rows.every(
      (row) => /^\d{2}\/\d{2}\/\d{4}$/.test(row.InvoiceDate ?? '') && /^\d{2}\/\d{2}\/\d{4}$/.test(row.DueDate ?? ''),
    ),
  ).toBe(true);
  await expect(invoices.exportDone).toContainText('with 1 invoice.');
});

test('an invoice sent and past its due date shows on the home page as overdue; a wrong one is cancelled by a credit note', async ({
  page,
  harness,
}) => {
  const { organisationId } = await vaultWithSian(harness);
  const invoiceDate = daysAgo(45);
  const saved = await must(harness.call('invoices.create', invoiceOf(organisationId, invoiceDate)));
  await must(harness.call('invoices.markSent', { id: saved.id }));
  await page.goto(harness.url);
  const reminders = caseloadScreen(page).reminders;
  await expect(reminders).toContainText(`Invoice ${saved.number} to Hillcrest School is unpaid: it was due on`);
  await reminders.getByRole('button', { name: 'See overdue invoices' }).click();
  await expect(invoicesScreen(page).cellsOf(saved.number).nth(3)).toHaveText('Overdue');
  await invoicesScreen(page).open(saved.number).click();
  await invoiceScreen(page).markPaid.click();
  await page.getByRole('button', { name: 'Mark as paid', exact: true }).click();
  await expect(invoiceScreen(page).status).toContainText('Paid on');
  await expectAccessible(page, 'a paid invoice');

  // A wrong invoice is cancelled by a credit note with its own number, never deleted.
  const wrong = await must(
    harness.call('invoices.create', { ...invoiceOf(organisationId, daysAgo(2)), billingName: 'The wrong trust' }),
  );
  await invoicesScreen(page).navLink.click();
  await invoicesScreen(page).open(wrong.number).click();
  await page.getByRole('button', { name: 'Cancel with a credit note…' }).click();
  await page.getByLabel('Reason (printed on the credit note)').fill('Sent to the wrong trust.');
  await page.getByRole('button', { name: 'Yes, issue a credit note' }).click();
  await expect(invoiceScreen(page).heading('Credit note INV-0003')).toBeVisible();
  await expect(invoiceScreen(page).status).toHaveText('Hillcrest School · Credit note');
  await expect(invoiceScreen(page).total).toHaveText('-£180.00');
  await page.getByRole('button', { name: `invoice ${wrong.number}` }).click();
  await expect(invoiceScreen(page).status).toHaveText('Hillcrest School · Cancelled');
  await expect(page.getByRole('button', { name: 'credit note INV-0003' })).toBeVisible();
});

function invoiceOf(organisationId: string, invoiceDate: string) {
  return {
    organisationId,
    invoiceDate,
    supplyFrom: null,
    supplyTo: null,
    purchaseOrder: '',
    billingName: '',
    billingAddress: '',
    notes: '',
    lines: [
      {
        suppliedOn: invoiceDate,
        description: 'Careers guidance: parents’ evening',
        quantity: 3,
        unit: 'hour' as const,
        ratePence: 6_000,
        vat: 'no-vat' as const,
        diarySessionId: null,
      },
    ],
  };
}
