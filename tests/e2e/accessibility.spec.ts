// axe-core on every screen, in the states an adviser meets them.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { createVaultScreen } from './pages/create-vault-page';
import { recoverScreen } from './pages/recover-page';
import { recoveryCodeScreen } from './pages/recovery-code-page';
import { settingsScreen } from './pages/settings-page';
import { unlockScreen } from './pages/unlock-page';
import { passphrase, weakPassphrase } from './vault-setup';

test('the check finds a serious problem added after axe went into the page, and names it', async ({
  page,
  harness,
}) => {
  const create = createVaultScreen(page);
  await page.goto(harness.url);
  await expect(create.heading).toBeVisible();
  await expectAccessible(page, 'create vault');
  // axe stays in the page between checks; the next check must still read the page as it is now.
  await page.evaluate("document.querySelector('main').append(document.createElement('button'))");
  await expect(expectAccessible(page, 'create vault with a nameless button')).rejects.toThrow(
    /critical button-name: Buttons must have discernible text/,
  );
});

test('every screen from first run to settings passes axe', async ({ page, harness }) => {
  const create = createVaultScreen(page);
  const recovery = recoveryCodeScreen(page);
  const caseload = caseloadScreen(page);
  const settings = settingsScreen(page);
  const unlock = unlockScreen(page);
  const recover = recoverScreen(page);

  await page.goto(harness.url);
  await expect(create.heading).toBeVisible();
  await expectAccessible(page, 'create vault');
  await create.fill(weakPassphrase);
  await create.submit.click();
  await expect(create.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'create vault with a problem');

  await create.create(passphrase);
  await expect(recovery.heading).toBeVisible();
  await expectAccessible(page, 'recovery code');
  const code = await recovery.readCode();
  await recovery.writtenDown.click();
  await recovery.typeBack('ABCD');
  await expect(recovery.typedCode).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'check recovery code');
  await recovery.typeBack(code);

  await expect(caseload.heading).toBeVisible();
  await expectAccessible(page, 'caseload');

  await caseload.settingsLink.click();
  await expect(settings.autoLockMinutes).toHaveValue('10');
  await expectAccessible(page, 'settings');
  await settings.autoLockMinutes.fill('15');
  await settings.saveAutoLock.click();
  await expect(settings.autoLockDone).not.toBeEmpty();
  await expectAccessible(page, 'settings after saving');

  await caseload.lock.click();
  await expect(unlock.heading).toBeVisible();
  await expectAccessible(page, 'unlock');
  await unlock.unlock('wrong passphrase entirely');
  await expect(unlock.problem).not.toBeEmpty();
  await expectAccessible(page, 'unlock with a problem');

  await unlock.forgotten.click();
  await expect(recover.heading).toBeVisible();
  await expectAccessible(page, 'recover');
  await recover.submit.click();
  await expect(recover.recoveryCode).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'recover with problems');
});
