// Page model: the top bar's search (a combobox with a listbox of results).
import type { Page } from '@playwright/test';

export function searchBox(page: Page) {
  const results = page.getByRole('listbox', { name: 'Search results' });
  return {
    input: page.getByRole('combobox', { name: 'Search clients and organisations' }),
    results,
    option: (name: string | RegExp) => results.getByRole('option', { name }),
  };
}
