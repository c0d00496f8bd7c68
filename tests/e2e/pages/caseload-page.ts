// Page model: the unlocked app's caseload page and its top bar.
import type { Page } from '@playwright/test';

export function caseloadScreen(page: Page) {
  const navigation = page.getByRole('navigation', { name: 'Main' });
  const list = page.getByRole('table', { name: /^Clients, sorted by/ });
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Caseload' }),
    emptyState: page.getByRole('region', { name: /^No (schools or )?clients yet$/ }),
    navigation,
    caseloadLink: navigation.getByRole('button', { name: 'Caseload' }),
    organisationsLink: navigation.getByRole('button', { name: 'Organisations' }),
    importLink: navigation.getByRole('button', { name: 'Import roll' }),
    templatesLink: navigation.getByRole('button', { name: 'Templates' }),
    settingsLink: navigation.getByRole('button', { name: 'Settings' }),
    lock: page.getByRole('button', { name: /^Lock/ }),
    demoBanner: page.getByText('Demo practice.', { exact: true }),
    reminders: page.getByRole('region', { name: 'Reminders' }),
    total: page.getByRole('status').filter({ hasText: /clients?( match these filters)?$|Loading clients/ }),
    organisationFilter: page.getByLabel('Organisation', { exact: true }),
    yearFilter: page.getByLabel('Year group', { exact: true }),
    sort: page.getByLabel('Sort by'),
    list,
    /** Data rows in the page right now (the list is virtualised, so this is never everyone). */
    rows: list.locator('tbody tr[aria-rowindex]'),
    /** The row for the nth client in the list (0-based), once it is rendered. */
    rowAt: (index: number) => list.locator(`tbody tr[aria-rowindex="${index + 2}"]`),
    nameButtons: list.locator('tbody tr[aria-rowindex] th button'),

    /** The page scrolls, not the list: go to the very end. */
    async scrollToEnd(): Promise<void> {
      // A string, because this file is type-checked without the DOM library.
      await page.evaluate('window.scrollTo({ top: document.documentElement.scrollHeight })');
    },
  };
  return screen;
}
