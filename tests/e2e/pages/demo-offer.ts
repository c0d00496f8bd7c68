// Page model: the preview's offer of the demo practice on the locked screens.
import type { Page } from '@playwright/test';

export function demoOffer(page: Page) {
  return {
    region: page.getByRole('region', { name: 'Just looking around?' }),
    open: page.getByRole('button', { name: /^(Open the demo practice|Opening the demo practice…)$/ }),
  };
}
