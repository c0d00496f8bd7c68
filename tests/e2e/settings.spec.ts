// Settings: changing the passphrase and the automatic lock.
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { settingsScreen } from './pages/settings-page';
import { unlockScreen } from './pages/unlock-page';
import { createVaultDirectly, newPassphrase, passphrase } from './vault-setup';

test('changes the passphrase: the old one stops working and the new one unlocks', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const caseload = caseloadScreen(page);
  const settings = settingsScreen(page);
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  await caseload.settingsLink.click();
  await expect(settings.heading).toBeFocused();
  await expect(caseload.settingsLink).toHaveAttribute('aria-current', 'page');

  await settings.changePassphraseTo('not the current one', newPassphrase);
  await expect(settings.currentPassphrase).toBeFocused();
  await expect(settings.currentPassphrase).toHaveAccessibleDescription(/That passphrase is not right/);

  await settings.changePassphraseTo(passphrase, newPassphrase);
  await expect(settings.passphraseDone).toHaveText(
    'Passphrase changed. Use the new passphrase next time you unlock Waymark.',
  );
  await expect(settings.currentPassphrase).toHaveValue('');

  await caseload.lock.click();
  await unlock.unlock(passphrase);
  await expect(unlock.problem).toContainText('That passphrase is not right.');
  await unlock.unlock(newPassphrase);
  // Unlocking returns to the page that was open.
  await expect(settings.heading).toBeFocused();
});

test('refuses a weak new passphrase with advice', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const settings = settingsScreen(page);

  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await settings.changePassphraseTo(passphrase, 'correct horse');
  await expect(settings.newPassphrase).toBeFocused();
  await expect(settings.newPassphrase).toHaveAccessibleDescription(/too easy to guess.*four or five unrelated words/i);
  await expect(settings.passphraseDone).toBeEmpty();
});

test('saves the auto-lock minutes and keeps them', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const caseload = caseloadScreen(page);
  const settings = settingsScreen(page);

  await page.goto(harness.url);
  await caseload.settingsLink.click();
  await expect(settings.autoLockMinutes).toHaveValue('10');

  await settings.autoLockMinutes.fill('0');
  await settings.saveAutoLock.click();
  await expect(settings.autoLockMinutes).toBeFocused();
  await expect(settings.autoLockMinutes).toHaveAccessibleDescription(/Enter a whole number of minutes from 1 to 240/);

  await settings.autoLockMinutes.fill('25');
  await settings.saveAutoLock.click();
  await expect(settings.autoLockDone).toHaveText('Saved. Waymark will lock after 25 minutes without activity.');
  expect(await harness.call('settings.get', {})).toMatchObject({ ok: true, value: { autoLockMinutes: 25 } });

  await page.reload();
  await caseload.settingsLink.click();
  await expect(settings.autoLockMinutes).toHaveValue('25');
});

test('a qualification chosen and minutes typed while the settings load are kept, then saved', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('settings.update', { isQualifiedLevel6: false, adviserName: 'Ffion Evans' });
  const caseload = caseloadScreen(page);
  const qualification = page.getByLabel('Qualified in careers guidance to level 6 or above');
  // Every settings.get the page sends waits until the adviser has chosen.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let [asked, answered] = [0, 0];
  await page.route('**/api/settings.get', async (route) => {
    asked += 1;
    await held;
    await route.fulfill({ response: await route.fetch() });
    answered += 1;
  });

  await page.goto(harness.url);
  await caseload.settingsLink.click();
  await qualification.selectOption({ label: 'Yes, level 6 or above' });
  await settingsScreen(page).autoLockMinutes.fill('30');
  release();
  // Each panel has its saved settings (the plan details show the adviser's name); what was chosen or typed meanwhile stays.
  await expect(page.getByLabel('Your name')).toHaveValue('Ffion Evans');
  await expect.poll(() => answered === asked).toBe(true);
  await expect(qualification).toHaveValue('yes');
  await expect(settingsScreen(page).autoLockMinutes).toHaveValue('30');

  await page.getByRole('button', { name: 'Save qualification' }).click();
  await expect(page.getByText('Saved. The Benchmark 8 evidence you download from now on says so.')).toBeVisible();
  expect(await harness.call('settings.get', {})).toMatchObject({ ok: true, value: { isQualifiedLevel6: true } });
  await settingsScreen(page).saveAutoLock.click();
  await expect(settingsScreen(page).autoLockDone).toHaveText(
    'Saved. Waymark will lock after 30 minutes without activity.',
  );
});
