// Page model: recovering the vault with the recovery code.
import type { Page } from '@playwright/test';

export function recoverScreen(page: Page) {
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Use your recovery code' }),
    recoveryCode: page.getByLabel('Recovery code'),
    newPassphrase: page.getByLabel('New passphrase', { exact: true }),
    confirmation: page.getByLabel('Type the new passphrase again'),
    submit: page.getByRole('button', { name: /^(Recover my vault|Checking the recovery code…)$/ }),
    problem: page.getByRole('alert'),
    back: page.getByRole('button', { name: 'Back to unlock' }),

    async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
      await screen.recoveryCode.fill(recoveryCode);
      await screen.newPassphrase.fill(newPassphrase);
      await screen.confirmation.fill(newPassphrase);
      await screen.submit.click();
    },
  };
  return screen;
}
