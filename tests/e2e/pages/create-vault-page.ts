// Page model: creating the vault.
import type { Page } from '@playwright/test';

export function createVaultScreen(page: Page) {
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Create your vault' }),
    passphrase: page.getByLabel('Passphrase', { exact: true }),
    confirmation: page.getByLabel('Type the passphrase again'),
    showPassphrases: page.getByLabel('Show passphrases'),
    strength: page.locator('#create-strength'),
    submit: page.getByRole('button', { name: /^(Create vault|Creating your vault…)$/ }),
    problem: page.getByRole('alert'),

    async fill(passphrase: string, confirmation = passphrase): Promise<void> {
      await screen.passphrase.fill(passphrase);
      await screen.confirmation.fill(confirmation);
    },

    async create(passphrase: string): Promise<void> {
      await screen.fill(passphrase);
      await screen.submit.click();
    },
  };
  return screen;
}
