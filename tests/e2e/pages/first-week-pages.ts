// Page models: a client's parents and carers and safeguarding records, an
// organisation's group sessions, and a print preview.
import type { Page } from '@playwright/test';

export function contactsSection(page: Page) {
  const region = page.getByRole('region', { name: 'Parents and carers' });
  return {
    region,
    card: (name: string) =>
      region.getByRole('listitem').filter({
        has: page.getByRole('heading', {
          level: 3,
          name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
        }),
      }),
    add: region.getByRole('button', { name: 'Add a parent or carer' }),
    name: region.getByLabel('Name', { exact: true }),
    relationship: region.getByLabel('Relationship'),
    phone: region.getByLabel('Phone', { exact: true }),
    email: region.getByLabel('Email', { exact: true }),
    parentalResponsibility: region.getByLabel('Has parental responsibility'),
    preferences: region.getByLabel('Contact preferences'),
    save: region.getByRole('button', { name: /^(Add contact|Save changes|Saving…)$/ }),
    done: page.locator('#contacts-done'),
    problem: page.locator('#contacts-problem'),
  };
}

export function safeguardingSection(page: Page) {
  const region = page.getByRole('region', { name: 'Safeguarding' });
  return {
    region,
    heading: page.getByRole('heading', { level: 2, name: 'Safeguarding' }),
    flag: page.locator('.safeguarding-flag'),
    seeRecords: page.getByRole('button', { name: 'See the safeguarding records' }),
    record: region.getByRole('button', { name: 'Record a safeguarding concern' }),
    reportTo: region.locator('.report-to'),
    what: region.getByLabel('What was said or seen'),
    raisedOn: region.getByLabel('When it was said or seen'),
    reportedTo: region.getByLabel('Reported to'),
    reportedOn: region.getByLabel('Reported on'),
    reportedTime: region.getByLabel('At (time, if known)'),
    reference: region.getByLabel('Reference'),
    save: region.getByRole('button', { name: /^(Record concern|Save changes|Saving…)$/ }),
    concerns: region.locator('.concern-list > li'),
    done: page.locator('#safeguarding-done'),
  };
}

export function groupSessionScreen(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1 }),
    date: page.getByLabel('Date', { exact: true }),
    kind: page.getByLabel('Kind'),
    title: page.getByLabel('Title'),
    minutes: page.getByLabel('Length in minutes'),
    notes: page.getByLabel('Notes'),
    yearGroup: page.getByLabel('Year group'),
    tutorGroup: page.getByLabel('Tutor group'),
    search: page.getByLabel('Name', { exact: true }),
    pupils: page.getByRole('list', { name: 'Pupils' }),
    pupil: (name: string | RegExp) => page.getByRole('list', { name: 'Pupils' }).getByLabel(name),
    chooseAllShown: page.getByRole('button', { name: /^Choose all .* shown$/ }),
    count: page.locator('.pupil-picker-count'),
    save: page.getByRole('button', { name: /^(Record session|Save changes|Saving…)$/ }),
    problem: page.locator('#session-problem'),
  };
}

export function printPreview(page: Page) {
  const region = page.locator('.print-preview');
  return {
    region,
    heading: region.getByRole('heading', { level: 2, name: /^Print preview/ }),
    print: region.getByRole('button', { name: 'Print', exact: true }),
    close: region.getByRole('button', { name: 'Close preview' }),
    sheet: page.locator('.print-page'),
  };
}
