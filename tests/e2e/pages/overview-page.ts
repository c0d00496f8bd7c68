// Page model: an organisation's overview (figures, pupils not seen, details).
import type { Locator, Page } from '@playwright/test';

export function overviewScreen(page: Page) {
  const yearGroups = page.getByRole('table', { name: 'Pupils seen, by year group' });
  const benchmark = page.getByRole('table', { name: 'Benchmark 8 coverage' });
  const rowFor = (table: Locator, label: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  return {
    heading: (name: string) => page.getByRole('heading', { level: 1, name }),
    subtitle: page.locator('.screen-subtitle'),
    status: page.locator('#organisation-status'),
    yearGroups,
    /** The year group's row: pupils, seen this academic year, seen ever. */
    yearGroupRow: (label: string) => rowFor(yearGroups, label),
    benchmark,
    benchmarkRow: (label: string) => rowFor(benchmark, label),
    benchmarkSentences: page.getByRole('region', { name: 'Benchmark 8' }).getByRole('listitem'),
    /** The agreement this academic year: "12 days bought: 3.5 used, 2 booked, 6.5 left." */
    delivery: page.getByTestId('delivery'),
    deliveryWarning: page.getByTestId('delivery-warning'),
    /** Interviews and group sessions recorded, when the diary shows nothing used yet. */
    recordedHours: page.getByTestId('recorded-hours'),
    createInvoice: page.getByRole('button', { name: 'Create an invoice' }),
    notSeen: page.getByRole('region', { name: 'Not seen yet this academic year' }),
    /** Benchmark 8's list of one year group's pupils still to be seen. */
    benchmarkWaiting: (year: string) => page.getByRole('region', { name: new RegExp(`^${year}: still to be seen`) }),
    edit: page.getByRole('button', { name: 'Edit details' }),
    addClient: page.getByRole('button', { name: 'Add a client' }),
    endsOn: page.getByLabel('Agreement ends on'),
    endAgreement: page.getByRole('button', { name: 'End agreement…' }),
    confirmEnd: page.getByRole('button', { name: 'Yes, end the agreement' }),
  };
}
