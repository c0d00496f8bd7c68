// Page model: the backups page (folder, Back up now, the list and restore) and the status line on every page.
import type { Page } from '@playwright/test';

export function backupsScreen(page: Page) {
  const settings = page.getByRole('region', { name: 'Where backups go' });
  const now = page.getByRole('region', { name: 'Back up now' });
  const list = page.getByRole('region', { name: 'Backups in the folder' });
  const restore = page.getByRole('region', { name: /^Restore the backup from / });
  const damagedRestore = page.getByRole('region', { name: 'Restore from a backup' });
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Backups' }),
    openFromSettings: page.getByRole('region', { name: 'Backups' }).getByRole('button', { name: 'Open backups' }),
    statusLine: page.getByTestId('backup-status'),
    folder: settings.getByLabel('Backup folder'),
    interval: settings.getByLabel('Automatic backups while Waymark is unlocked'),
    chooseWithWindow: settings.getByRole('button', { name: 'Choose folder…' }),
    createFolder: settings.getByRole('button', { name: 'Create this folder' }),
    saveSettings: settings.getByRole('button', { name: /^(Save backup settings|Saving…)$/ }),
    settingsDone: settings.getByRole('status'),
    settingsProblem: settings.getByRole('alert'),
    backUpNow: now.getByRole('button', { name: /^(Back up now|Backing up…)$/ }),
    backUpDone: now.getByRole('status'),
    rows: list.getByRole('row'),
    restoreButtons: list.getByRole('button', { name: /^Restore the backup from / }),
    restorePassphrase: restore.getByLabel('The passphrase this backup was made with'),
    confirmRestore: restore.getByRole('button', {
      name: /^(Restore this backup|Backing up the vault, then restoring…)$/,
    }),
    restoreProblem: restore.getByRole('alert'),
    report: page.getByTestId('restore-report'),
    /** On the unlock screen, once the vault is found damaged. */
    damagedRestore,
    damagedRestoreFile: damagedRestore.getByLabel('Backup file, with its full path'),
    damagedRestorePassphrase: damagedRestore.getByLabel('The passphrase the backup was made with'),
    damagedRestoreSubmit: damagedRestore.getByRole('button', { name: /^(Restore this backup|Restoring…)$/ }),
    openWaymark: page.getByRole('button', { name: 'Open Waymark' }),

    async chooseFolder(folder: string): Promise<void> {
      await screen.folder.fill(folder);
      await screen.saveSettings.click();
    },
  };
  return screen;
}
