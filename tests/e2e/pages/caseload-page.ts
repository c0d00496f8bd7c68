// Page model: the unlocked app's caseload page and its top bar.
import type { Page } from '@playwright/test';

export function caseloadScreen(page: Page) {
  const navigation = page.getByRole('navigation', { name: 'Main' });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Caseload' }),
    emptyState: page.getByText('Schools and clients will appear here'),
    navigation,
    caseloadLink: navigation.getByRole('button', { name: 'Caseload' }),
    settingsLink: navigation.getByRole('button', { name: 'Settings' }),
    lock: page.getByRole('button', { name: /^Lock/ }),
  };
}
