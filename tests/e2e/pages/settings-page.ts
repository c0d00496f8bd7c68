// Page model: settings (the adviser's checks, change passphrase, automatic lock).
import type { Page } from '@playwright/test';

export function settingsScreen(page: Page) {
  const passphraseSection = page.getByRole('region', { name: 'Change passphrase' });
  const autoLockSection = page.getByRole('region', { name: 'Automatic lock' });
  const checksSection = page.getByRole('region', { name: 'Your checks' });
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
    checks: checksSection,
    /** A field of one check, e.g. check('DBS check', 'Due for renewal on'). */
    check: (
      kind: 'DBS check' | 'Indemnity insurance' | 'CDI registration',
      field: 'Reference' | 'Checked on' | 'Due for renewal on',
    ) => checksSection.getByRole('group', { name: kind }).getByLabel(field),
    saveChecks: checksSection.getByRole('button', { name: /^(Save checks|Saving…)$/ }),
    checksDone: checksSection.getByRole('status'),

    async changePassphraseTo(current: string, next: string): Promise<void> {
      await screen.currentPassphrase.fill(current);
      await screen.newPassphrase.fill(next);
      await screen.confirmation.fill(next);
      await screen.changePassphrase.click();
    },
  };
  return screen;
}
