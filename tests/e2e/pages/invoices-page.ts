// Page model: the invoices list with its accounting export, a new invoice, and one invoice.
import type { Page } from '@playwright/test';

export function invoicesScreen(page: Page) {
  const table = page.getByRole('table', { name: 'Invoices' });
  return {
    navLink: page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Invoices' }),
    heading: page.getByRole('heading', { level: 1, name: 'Invoices' }),
    create: page.getByRole('button', { name: 'Create an invoice' }),
    filter: page.getByLabel('Show'),
    table,
    /** One invoice's cells: organisation, date, due, status, total. */
    cellsOf: (number: string) =>
      table
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: number, exact: true }) })
        .getByRole('cell'),
    open: (number: string) => table.getByRole('button', { name: number, exact: true }),
    accountingFormat: page.getByLabel('Accounting software'),
    downloadCsv: page.getByRole('button', { name: 'Download CSV' }),
    exportDone: page.locator('#accounting-export-done'),
  };
}

export function newInvoiceScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Create an invoice' }),
    organisation: page.getByLabel('Organisation', { exact: true }),
    from: page.getByLabel('Period from'),
    to: page.getByLabel('Period to'),
    fromDiary: page.getByRole('button', { name: 'Work out the lines from the diary' }),
    byHand: page.getByRole('button', { name: 'Type the lines by hand' }),
    startProblem: page.locator('#invoice-start-problem'),
    purchaseOrder: page.getByLabel('Purchase order number'),
    lineDescription: (line: number) => page.getByLabel(`Line ${line}: description`),
    lineQuantity: (line: number) => page.getByLabel(`Line ${line}: quantity`),
    lineAmounts: page.getByTestId('line-amount'),
    total: page.getByTestId('invoice-total'),
    save: page.getByRole('button', { name: /^(Save invoice|Saving…)$/ }),
    saveProblem: page.locator('#invoice-save-problem'),
  };
}

export function invoiceScreen(page: Page) {
  return {
    heading: (title: string) => page.getByRole('heading', { level: 1, name: title }),
    status: page.getByTestId('invoice-status'),
    message: page.locator('#invoice-status-message'),
    total: page.getByTestId('invoice-total'),
    lines: page.getByRole('table', { name: /^Lines of / }),
    markSent: page.getByRole('button', { name: 'Mark as sent' }),
    changeDraft: page.getByRole('button', { name: 'Change the draft' }),
    markPaid: page.getByRole('button', { name: 'Mark as paid…' }),
    download: page.getByRole('button', { name: 'Download Word document' }),
  };
}
