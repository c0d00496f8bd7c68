// Page model: Settings' "Sync between your computers", the status bar's sync
// line, and the client page's "Changed on both computers".
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
