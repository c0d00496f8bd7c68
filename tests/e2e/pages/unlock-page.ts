// Page model: unlocking with the passphrase.
import type { Page } from '@playwright/test';

export function unlockScreen(page: Page) {
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Unlock Waymark' }),
    passphrase: page.getByLabel('Passphrase', { exact: true }),
    showPassphrase: page.getByLabel('Show passphrase', { exact: true }),
    submit: page.getByRole('button', { name: /^(Unlock|Unlocking…)$/ }),
    problem: page.getByRole('alert'),
    idleNotice: page.getByText('Locked after a period of inactivity.'),
    stillOpening: page.getByRole('status').filter({ hasText: 'Still opening.' }),
    forgotten: page.getByRole('button', { name: 'Forgotten your passphrase? Use your recovery code' }),

    async unlock(passphrase: string): Promise<void> {
      await screen.passphrase.fill(passphrase);
      await screen.submit.click();
    },
  };
  return screen;
}
