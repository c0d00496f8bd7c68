// Backups: choosing the folder, backing up now, the status line, restoring a
// backup over the vault with a report of what came back, and a damaged vault.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { backupsScreen } from './pages/backups-page';
import { caseloadScreen } from './pages/caseload-page';
import { unlockScreen } from './pages/unlock-page';
import { createVaultDirectly, passphrase } from './vault-setup';

/**
 * The desktop app's bridge, standing in for Electron's preload: every call goes
 * to the real dispatcher except the folder window, which answers as the
 * system's would once the adviser picked `chosen`.
 */
function desktopBridgeStandIn(chosen: string): string {
  return `(() => {
    const token = new URLSearchParams(location.hash.slice(1)).get('token') || sessionStorage.getItem('waymark.harnessToken') || '';
    window.waymark = {
      invoke: async (channel, input) => {
        if (channel === 'files.chooseFolder') return { ok: true, value: { isAvailable: true, folder: ${JSON.stringify(chosen)} } };
        const response = await fetch('/api/' + encodeURIComponent(channel), { method: 'POST', headers: { 'content-type': 'application/json', 'x-waymark-token': token }, body: JSON.stringify(input) });
        return response.json();
      },
    };
  })()`;
}

let folder: string;
test.beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'waymark-e2e-backups-'));
});
test.afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

test('backs up into the chosen folder and shows the last verified backup on every page', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const backups = backupsScreen(page);
  const caseload = caseloadScreen(page);

  await page.goto(harness.url);
  await expect(backups.statusLine).toContainText('No backup yet: choose a folder');
  await caseload.settingsLink.click();
  await backups.openFromSettings.click();
  await expect(backups.heading).toBeVisible();

  // A folder that is not there yet is offered to be made (only its last part).
  const usbFolder = join(folder, 'Waymark backups');
  await backups.chooseFolder(usbFolder);
  await expect(backups.settingsProblem).toContainText('That backup folder is not there');
  await backups.createFolder.click();
  await expect(backups.settingsDone).toHaveText('Folder created and backup settings saved.');
  await expect(backups.createFolder).toHaveCount(0);
  expect((await stat(usbFolder)).isDirectory()).toBe(true);
  await backups.chooseFolder(folder);
  await expect(backups.settingsDone).toHaveText('Backup settings saved.');
  await expect(backups.statusLine).toContainText('No backup yet: back up now.');

  await backups.backUpNow.click();
  await expect(backups.backUpDone).toContainText(
    /^Backed up and checked: waymark-\d{4}-\d{2}-\d{2}-\d{4}\.wmbackup \(\d+ KB\)\.$/,
  );
  await expect(backups.statusLine).toHaveText(/^Last verified backup: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.nth(1)).toContainText('Verified after writing');
  expect((await readdir(folder)).filter((name) => name.endsWith('.wmbackup'))).toHaveLength(1);
  await expectAccessible(page, 'backups');

  // The status line stays on the other pages.
  await caseload.caseloadLink.click();
  await expect(backups.statusLine).toHaveText(/^Last verified backup: /);
});

test('chooses the folder with the system’s folder window in the desktop app; the preview says to type it', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  const backups = backupsScreen(page);

  // The browser preview has no folder window: the button says so and hands the box back.
  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await backups.openFromSettings.click();
  await backups.chooseWithWindow.click();
  await expect(backups.folder).toBeFocused();
  await expect(backups.folder).toHaveAccessibleDescription(
    /This preview cannot open your computer’s folder window\. Type the folder’s full path in the box instead\./,
  );
  await expectAccessible(page, 'backups, folder typed');

  // In the desktop app the button opens the system's folder window and fills in the folder picked.
  await page.addInitScript({ content: desktopBridgeStandIn(folder) });
  await page.reload();
  await caseloadScreen(page).settingsLink.click();
  await backups.openFromSettings.click();
  await backups.chooseWithWindow.click();
  await expect(backups.folder).toHaveValue(folder);
  await backups.saveSettings.click();
  await expect(backups.settingsDone).toHaveText('Backup settings saved.');
  expect(await harness.call('backups.status', {})).toMatchObject({ ok: true, value: { folder } });
});

test('restores a backup over the vault, backing up the vault first, and reports what came back', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: 'Surname,Forename,DOB\nAdams,Amy,01/01/2010\n',
    isDryRun: false,
  });
  await harness.call('backups.configure', { folder, intervalHours: 4 });
  const backups = backupsScreen(page);

  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await backups.openFromSettings.click();
  await backups.backUpNow.click();
  await expect(backups.backUpDone).toContainText('Backed up and checked');

  // A client added after the backup is not in it.
  await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: 'Surname,Forename,DOB\nBrown,Ben,02/02/2010\n',
    isDryRun: false,
  });

  await backups.restoreButtons.first().click();
  await backups.restorePassphrase.fill('not the passphrase of this backup');
  await backups.confirmRestore.click();
  await expect(backups.restoreProblem).toContainText('That is not the passphrase this backup was made with.');
  await backups.restorePassphrase.fill(passphrase);
  await backups.confirmRestore.click();

  await expect(
    backups.report.getByRole('heading', { name: /^Restored the backup from \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/ }),
  ).toBeFocused();
  await expect(backups.report).toContainText('Clients1');
  await expect(backups.report).toContainText('Nobody erased since this backup was made was in it.');
  await expect(backups.report).toContainText(/kept in the backup folder as waymark-.*\.wmbackup/);
  await expect(backups.rows).toHaveCount(3);
  await expectAccessible(page, 'backups after a restore');

  const ben = await harness.call('search.query', { text: 'Brown' });
  expect(ben).toMatchObject({ ok: true, value: [] });
  const amy = await harness.call('search.query', { text: 'Adams' });
  expect(amy.ok && amy.value.length).toBe(1);
  expect((await readdir(folder)).filter((name) => name.endsWith('.wmbackup'))).toHaveLength(2);
});

test('finds a damaged vault just after unlocking, locks it, and restores a backup over it, keeping the damaged files', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  const pupils = Array.from({ length: 300 }, (_, index) => `Pupil${index},Forename${index},01/01/2010`).join('\n');
  await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: `Surname,Forename,DOB\n${pupils}\n`,
    isDryRun: false,
  });
  await harness.call('backups.configure', { folder, intervalHours: 4 });
  const backedUp = await harness.call('backups.runNow', {});
  if (!backedUp.ok) throw new Error(backedUp.error.message);
  await harness.call('vault.lock', {});
  // One flipped byte in a page in the middle of the database.
  const database = join(harness.vaultDirectory, 'waymark.db');
  const bytes = await readFile(database);
  const offset = Math.floor(bytes.length / 4096 / 2) * 4096 + 1000;
  bytes[offset] = (bytes[offset] as number) ^ 0x01;
  await writeFile(database, bytes);
  const backups = backupsScreen(page);
  const unlock = unlockScreen(page);

  try {
    await page.goto(harness.url);
    await unlock.unlock(passphrase);
    // Unlocking opens at once; the check that reads every page runs beside it and locks the vault on finding damage.
    await expect(page.getByText('Waymark found damage in the vault and locked it.')).toBeVisible({ timeout: 20_000 });
    await expectAccessible(page, 'unlock, after damage was found');
    await unlock.unlock(passphrase);
    await expect(page.getByRole('alert').filter({ hasText: 'The vault is damaged' })).toContainText(
      'Nothing has been changed or deleted.',
    );
    await expect(backups.damagedRestore).toBeVisible();
    await expectAccessible(page, 'unlock, with a damaged vault');

    await backups.damagedRestoreFile.fill(join(folder, backedUp.value.name));
    await backups.damagedRestorePassphrase.fill(passphrase);
    await backups.damagedRestoreSubmit.click();
    await expect(backups.report).toContainText('Clients300');
    await expect(backups.report).toContainText(
      /The damaged files were kept, unchanged, in .*\.damaged-\d{4}-\d{2}-\d{2}-\d{4}\./,
    );
    await expect(backups.openWaymark).toBeFocused();
    await backups.openWaymark.click();
    await expect(caseloadScreen(page).heading).toBeVisible();
    const aside = (await readdir(dirname(harness.vaultDirectory))).filter((name) =>
      name.startsWith(`${basename(harness.vaultDirectory)}.damaged-`),
    );
    expect(aside).toHaveLength(1);
    expect(
      (await readFile(join(dirname(harness.vaultDirectory), aside[0] as string, 'waymark.db'))).equals(bytes),
    ).toBe(true);
  } finally {
    for (const name of await readdir(dirname(harness.vaultDirectory))) {
      if (name.startsWith(`${basename(harness.vaultDirectory)}.damaged-`))
        await rm(join(dirname(harness.vaultDirectory), name), { recursive: true, force: true });
    }
  }
});
