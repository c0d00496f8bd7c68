// Page model: Settings' "Sync between your computers", the status bar's sync
// line, the client page's "Changed on both computers", and the page listing
// everywhere values changed on both computers wait.
import type { Page } from '@playwright/test';

export function syncSettings(page: Page) {
  const section = page.getByRole('region', { name: 'Sync between your computers' });
  return {
    section,
    folder: section.getByLabel('Shared folder'),
    saveFolder: section.getByRole('button', { name: /^(Save sync folder|Saving…)$/ }),
    folderSaved: section.locator('#sync-settings-status'),
    syncNow: section.getByRole('button', { name: /^(Sync now|Syncing…)$/ }),
    result: section.locator('#sync-now-status'),
    problem: section.locator('#sync-now-problem'),
    lastSynced: section.getByTestId('sync-last'),
  };
}

export function syncStatusLine(page: Page) {
  return page.getByTestId('sync-status');
}

export function changedOnBothComputers(page: Page) {
  const panel = page.getByRole('region', { name: 'Changed on both computers' });
  return {
    panel,
    /** One value changed on both, by its label: "Client details: phone". */
    choice: (label: string) => panel.getByRole('group', { name: label }),
    kept: page.locator('#sync-choice-status'),
  };
}

export function syncChoicesScreen(page: Page) {
  const practice = page.getByRole('region', { name: 'Schools, diary, invoices and settings' });
  return {
    /** The status bar's way there. */
    open: syncStatusLine(page).getByRole('button', { name: 'Choose' }),
    heading: page.getByRole('heading', { level: 1, name: 'Changed on both computers' }),
    clients: page.getByRole('region', { name: 'Clients' }),
    practice,
    /** One of the practice's values, by its label: "School or college (Hillcrest School): address". */
    choice: (label: string) => practice.getByRole('group', { name: label }),
    kept: page.locator('#sync-choice-status'),
  };
}
