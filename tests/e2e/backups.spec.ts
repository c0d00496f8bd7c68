// Backups: choosing the folder, backing up now, the status line, and
// restoring a backup over the vault with a report of what came back.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { backupsScreen } from './pages/backups-page';
import { caseloadScreen } from './pages/caseload-page';
import { createVaultDirectly, passphrase } from './vault-setup';

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

  await backups.chooseFolder(join(folder, 'not there'));
  await expect(backups.settingsProblem).toContainText('That backup folder is not there');
  await backups.chooseFolder(folder);
  await expect(backups.settingsDone).toHaveText('Backup settings saved.');
  await expect(backups.statusLine).toContainText('No backup yet: back up now.');

  await backups.backUpNow.click();
  await expect(backups.backUpDone).toContainText(/^Backed up and checked: waymark-\d{4}-\d{2}-\d{2}-\d{4}\.wmbackup \(\d+ KB\)\.$/);
  await expect(backups.statusLine).toHaveText(/^Last verified backup: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  await expect(backups.rows).toHaveCount(2);
  await expect(backups.rows.nth(1)).toContainText('Verified after writing');
  expect((await readdir(folder)).filter((name) => name.endsWith('.wmbackup'))).toHaveLength(1);
  await expectAccessible(page, 'backups');

  // The status line stays on the other pages.
  await caseload.caseloadLink.click();
  await expect(backups.statusLine).toHaveText(/^Last verified backup: /);
});

test('restores a backup over the vault, backing up the vault first, and reports what came back', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('roll.import', { organisationName: 'Hillcrest School', csv: 'Surname,Forename,DOB\nAdams,Amy,01/01/2010\n', isDryRun: false });
  await harness.call('backups.configure', { folder, intervalHours: 4 });
  const backups = backupsScreen(page);

  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await backups.openFromSettings.click();
  await backups.backUpNow.click();
  await expect(backups.backUpDone).toContainText('Backed up and checked');

  // A client added after the backup is not in it.
  await harness.call('roll.import', { organisationName: 'Hillcrest School', csv: 'Surname,Forename,DOB\nBrown,Ben,02/02/2010\n', isDryRun: false });

  await backups.restoreButtons.first().click();
  await backups.restorePassphrase.fill('not the passphrase of this backup');
  await backups.confirmRestore.click();
  await expect(backups.restoreProblem).toContainText('That is not the passphrase this backup was made with.');
  await backups.restorePassphrase.fill(passphrase);
  await backups.confirmRestore.click();

  await expect(backups.report.getByRole('heading', { name: /^Restored the backup from \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/ })).toBeFocused();
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
