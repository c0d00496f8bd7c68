// The destinations section of a client's page.
import type { Locator, Page } from '@playwright/test';

export function destinationsSection(page: Page) {
  const region = page.getByRole('region', { name: 'Destinations' });
  const form = region.locator('form.form-subsection');
  return {
    region,
    recordIntended: region.getByRole('button', { name: 'Record an intended destination' }),
    recordOffer: region.getByRole('button', { name: 'Record an offer' }),
    recordActivity: region.getByRole('button', { name: 'Record what they are doing' }),
    code: form.getByLabel(/Where they intend to go|What they are doing/),
    provider: form.getByLabel(/^Provider/),
    course: form.getByLabel('Course or role'),
    level: form.getByLabel('Level'),
    offerStatus: form.getByLabel('Offer', { exact: true }),
    date: form.getByLabel('Date', { exact: true }),
    startedOn: form.getByLabel('Started'),
    save: form.getByRole('button', { name: 'Save' }),
    done: region.locator('#destinations-done'),
    entries: (heading: string): Locator =>
      region.getByRole('heading', { name: heading }).locator('xpath=following-sibling::ul[1]/li'),
    leftSchoolIn: region.getByLabel('Left school in'),
    markLeft: region.getByRole('button', { name: 'Mark as left school' }),
  };
}
