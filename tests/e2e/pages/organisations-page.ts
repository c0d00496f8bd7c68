// Page model: the organisations list and the add/edit organisation form.
import type { Page } from '@playwright/test';

export function organisationsScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Organisations' }),
    add: page.getByRole('button', { name: 'Add an organisation' }),
    showArchived: page.getByLabel('Show archived organisations'),
    table: page.getByRole('table', { name: 'Organisations' }),
    open: (name: string) =>
      page.getByRole('table', { name: 'Organisations' }).getByRole('button', { name, exact: true }),
    /** One organisation's cells: kind, clients, status. */
    cellsOf: (name: string) =>
      page
        .getByRole('table', { name: 'Organisations' })
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name, exact: true }) })
        .getByRole('cell'),
  };
}

export function organisationForm(page: Page) {
  const form = {
    heading: page.getByRole('heading', { level: 1, name: /^(Add an organisation|Edit )/ }),
    name: page.getByLabel('Name', { exact: true }),
    kind: page.getByLabel('Kind'),
    address: page.getByLabel('Address', { exact: true }),
    contact: (role: 'Careers leader' | 'SENCO' | 'Main office', field: 'name' | 'email' | 'phone') =>
      page.getByLabel(`${role}: ${field}`),
    service: (label: string) => page.getByLabel(label, { exact: true }),
    boughtIn: page.getByLabel('Bought in'),
    boughtQuantity: page.getByLabel('Number bought a year'),
    hoursPerDay: page.getByLabel('Hours in a day'),
    doesNonAttendanceCount: page.getByLabel('Pupils who do not attend count as delivered'),
    rate: page.getByLabel('Rate in pounds (£)'),
    rateUnit: page.getByLabel('Rate per'),
    paymentDays: page.getByLabel('Days to pay an invoice'),
    billingName: page.getByLabel('Billing name'),
    billingAddress: page.getByLabel('Billing address'),
    purchaseOrder: page.getByLabel('Purchase order number'),
    startsOn: page.getByLabel('Starts on'),
    endsOn: page.getByLabel('Ends on'),
    save: page.getByRole('button', { name: /^(Add organisation|Save changes|Saving…)$/ }),
    problem: page.locator('#org-form-problem'),
  };
  return form;
}
