// Page model: settings (change passphrase, automatic lock).
import type { Page } from '@playwright/test';

export function settingsScreen(page: Page) {
  const passphraseSection = page.getByRole('region', { name: 'Change passphrase' });
  const autoLockSection = page.getByRole('region', { name: 'Automatic lock' });
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Settings' }),
    currentPassphrase: passphraseSection.getByLabel('Current passphrase'),
    newPassphrase: passphraseSection.getByLabel('New passphrase', { exact: true }),
    confirmation: passphraseSection.getByLabel('Type the new passphrase again'),
    changePassphrase: passphraseSection.getByRole('button', { name: /^(Change passphrase|Changing passphrase…)$/ }),
    passphraseDone: passphraseSection.getByRole('status'),
    autoLockMinutes: autoLockSection.getByLabel('Minutes without activity before Waymark locks'),
    saveAutoLock: autoLockSection.getByRole('button', { name: /^(Save|Saving…)$/ }),
    autoLockDone: autoLockSection.getByRole('status'),

    async changePassphraseTo(current: string, next: string): Promise<void> {
      await screen.currentPassphrase.fill(current);
      await screen.newPassphrase.fill(next);
      await screen.confirmation.fill(next);
      await screen.changePassphrase.click();
    },
  };
  return screen;
}
