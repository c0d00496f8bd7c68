// A forgotten passphrase: the recovery code sets a new one and is replaced.
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { recoverScreen } from './pages/recover-page';
import { recoveryCodeScreen } from './pages/recovery-code-page';
import { unlockScreen } from './pages/unlock-page';
import { alteredRecoveryCode, createVaultDirectly, newPassphrase, passphrase } from './vault-setup';

test('recovers with the recovery code, sets a new passphrase and issues a new code', async ({ page, harness }) => {
  const { recoveryCode } = await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const recover = recoverScreen(page);
  const recovery = recoveryCodeScreen(page);
  const caseload = caseloadScreen(page);

  await page.goto(harness.url);
  await unlock.forgotten.click();
  await expect(recover.heading).toBeFocused();

  await recover.recover(alteredRecoveryCode(recoveryCode), newPassphrase);
  await expect(recover.problem).toContainText('That recovery code is not right.');
  await expect(recover.recoveryCode).toBeFocused();

  await recover.recover(recoveryCode, newPassphrase);
  await expect(recovery.newCodeHeading).toBeFocused();
  await expect(page.getByText('The recovery code you just used no longer works.')).toBeVisible();
  const newCode = await recovery.readCode();
  expect(newCode.replaceAll(' ', '-')).not.toBe(recoveryCode);

  await recovery.writtenDown.click();
  await recovery.typeBack(newCode);
  await expect(caseload.heading).toBeVisible();

  await caseload.lock.click();
  await unlock.unlock(passphrase);
  await expect(unlock.problem).toContainText('That passphrase is not right.');
  await unlock.unlock(newPassphrase);
  await expect(caseload.heading).toBeVisible();

  // The spent code no longer opens the vault.
  await harness.call('vault.lock', {});
  const reused = await harness.call('vault.recover', {
    recoveryCode,
    newPassphrase: passphrase,
    confirmation: passphrase,
  });
  expect(reused.ok ? 'accepted' : reused.error.code).toBe('WRONG_RECOVERY_CODE');
});

test('goes back to unlocking without recovering', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const recover = recoverScreen(page);

  await page.goto(harness.url);
  await unlock.forgotten.click();
  await recover.back.click();
  await expect(unlock.passphrase).toBeFocused();
});
