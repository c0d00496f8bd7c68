// Main locks the vault after idle time; the app must notice and say why.
import { expect, test } from './fixtures';
import { expectAccessible } from './axe';
import { caseloadScreen } from './pages/caseload-page';
import { settingsScreen } from './pages/settings-page';
import { unlockScreen } from './pages/unlock-page';
import { createVaultDirectly, passphrase, vaultState } from './vault-setup';

test.use({ autoLockSeconds: 3 });

test('locks itself after inactivity, says so, and unlocks again', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);

  await page.goto(harness.url);
  await expect(unlock.idleNotice).toHaveCount(0);
  await unlock.unlock(passphrase);
  await expect(caseload.heading).toBeVisible();

  // Three idle seconds on main's clock, then the renderer's status check notices.
  await expect(unlock.heading).toBeVisible({ timeout: 15_000 });
  await expect(unlock.idleNotice).toBeVisible();
  await expect(unlock.passphrase).toBeFocused();
  await expect(unlock.passphrase).toHaveAccessibleDescription(/Locked after a period of inactivity/);
  await expectAccessible(page, 'unlock after inactivity');

  await unlock.unlock(passphrase);
  await expect(caseload.heading).toBeVisible();
});

test('returns to the unlock screen when a call is refused as locked', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);
  const settings = settingsScreen(page);

  // Control the page's timers, so the status poll cannot be what notices.
  await page.clock.install();
  await page.goto(harness.url);
  await unlock.unlock(passphrase);
  await caseload.settingsLink.click();
  await expect(settings.autoLockMinutes).toHaveValue('10');
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1_000));

  await expect.poll(() => vaultState(harness), { timeout: 15_000 }).toBe('locked');
  await expect(settings.heading).toBeVisible();

  await settings.autoLockMinutes.fill('20');
  await settings.saveAutoLock.click();
  await expect(unlock.heading).toBeVisible();
  await expect(unlock.idleNotice).toBeVisible();
});
