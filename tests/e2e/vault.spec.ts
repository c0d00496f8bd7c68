// Creating a vault, keeping its recovery code, locking and unlocking.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { createVaultScreen } from './pages/create-vault-page';
import { recoveryCodeScreen } from './pages/recovery-code-page';
import { searchBox } from './pages/search-box';
import { unlockScreen } from './pages/unlock-page';
import { alteredRecoveryCode, createVaultDirectly, passphrase, vaultState, weakPassphrase } from './vault-setup';

test('creates a vault, insists the recovery code is typed back, and opens the caseload', async ({ page, harness }) => {
  const create = createVaultScreen(page);
  const recovery = recoveryCodeScreen(page);
  const caseload = caseloadScreen(page);

  await page.goto(harness.url);
  await expect(create.heading).toBeFocused();
  await expect(page.getByText('Nobody can reset a forgotten passphrase.')).toBeVisible();

  // A weak passphrase gets plain advice as it is typed, and is refused.
  await create.fill(weakPassphrase);
  await expect(create.strength).toContainText('Strength: Very weak');
  await expect(create.strength).toContainText('This is a commonly used password.');
  await create.submit.click();
  await expect(create.passphrase).toBeFocused();
  await expect(create.passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(create.passphrase).toHaveAccessibleDescription(/That passphrase would be too easy to guess/);
  await expect(create.heading).toBeVisible();

  // A strong one typed differently the second time is refused too.
  await create.fill(passphrase, `${passphrase} `);
  await expect(create.strength).toContainText('(strong enough)');
  await create.submit.click();
  await expect(create.confirmation).toBeFocused();
  await expect(create.confirmation).toHaveAccessibleDescription(/The two passphrases do not match/);

  await create.fill(passphrase);
  await create.submit.click();

  await expect(recovery.heading).toBeFocused();
  const code = await recovery.readCode();
  expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}( [0-9A-HJKMNP-TV-Z]{4}){5}$/);
  await recovery.writtenDown.click();
  await expect(recovery.confirmHeading).toBeFocused();
  await expect(page.getByText(code)).toHaveCount(0);

  // Half a code is caught before asking main; a wrong whole code is refused by main.
  await recovery.typeBack(code.slice(0, 9));
  await expect(recovery.typedCode).toHaveAccessibleDescription(/not a complete recovery code/);
  await recovery.typeBack(alteredRecoveryCode(code));
  await expect(recovery.problem).toContainText('That does not match the recovery code shown.');
  await expect(recovery.typedCode).toBeFocused();

  // Typed the way a person copies from paper: lower case, with dashes.
  await recovery.typeBack(code.toLowerCase().replaceAll(' ', '-'));
  await expect(caseload.heading).toBeFocused();
  await expect(caseload.emptyState).toBeVisible();
  await expect(caseload.caseloadLink).toHaveAttribute('aria-current', 'page');
});

test('locks, refuses a wrong passphrase with a clear message, and unlocks', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const caseload = caseloadScreen(page);
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  await expect(caseload.heading).toBeVisible();
  await caseload.lock.click();

  await expect(unlock.heading).toBeVisible();
  await expect(unlock.passphrase).toBeFocused();
  await expect(unlock.idleNotice).toHaveCount(0);
  expect(await vaultState(harness)).toBe('locked');

  await unlock.unlock('correct staple orbit lantern mosiac');
  await expect(unlock.problem).toHaveText('Problem: That passphrase is not right. Check for caps lock and try again.');
  await expect(unlock.passphrase).toBeFocused();
  await expect(unlock.passphrase).toHaveAccessibleDescription(/That passphrase is not right/);

  await unlock.unlock(passphrase);
  await expect(caseload.heading).toBeFocused();
});

test('slows down repeated wrong passphrases and says how long to wait', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  // Five wrong tries are free; after that main asks for a wait that doubles each time.
  let message = '';
  for (let attempt = 1; attempt <= 10 && !message.includes('Too many wrong attempts'); attempt += 1) {
    await unlock.passphrase.fill(`wrong guess number ${attempt}`);
    await Promise.all([page.waitForResponse('**/api/vault.unlock'), unlock.passphrase.press('Enter')]);
    await expect(unlock.submit).toHaveText('Unlock');
    message = (await unlock.problem.textContent()) ?? '';
  }
  expect(message).toMatch(/Too many wrong attempts\. Wait \d+ seconds?, then try again\./);
  await expect(unlock.passphrase).toBeFocused();
});

/** Holds every vault.unlock the page sends until released, counting them. */
async function holdUnlock(page: Page): Promise<{ release: () => void; calls: () => number }> {
  let calls = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/vault.unlock', async (route) => {
    calls += 1;
    await held;
    await route.continue();
  });
  return { release, calls: () => calls };
}

test('shows that it is unlocking and ignores a second press', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);
  const held = await holdUnlock(page);

  await page.goto(harness.url);
  await unlock.passphrase.fill(passphrase);
  await unlock.submit.click();
  await expect(unlock.submit).toHaveText('Unlocking…');
  await expect(unlock.submit).toHaveAttribute('aria-disabled', 'true');
  await unlock.passphrase.press('Enter');
  await unlock.submit.click({ force: true });
  held.release();

  await expect(caseload.heading).toBeVisible();
  expect(held.calls()).toBe(1);
});

test('says why an unlock is taking long (the first after an update brings the vault up to date)', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);
  const held = await holdUnlock(page);

  await page.goto(harness.url);
  await unlock.unlock(passphrase);
  await expect(unlock.submit).toHaveText('Unlocking…');
  // Nothing to explain in an ordinary unlock's second or so.
  await expect(unlock.stillOpening).toHaveCount(0);
  await expect(unlock.stillOpening).toContainText('brings your records up to date', { timeout: 8_000 });
  await expectAccessible(page, 'unlock, still opening');
  held.release();

  await expect(caseload.heading).toBeVisible();
});

test('unlocks, locks and finds recovery with the keyboard alone', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);

  await page.goto(harness.url);
  await expect(unlock.passphrase).toBeFocused();
  await page.keyboard.type('not my passphrase at all');
  await page.keyboard.press('Enter');
  await expect(unlock.problem).toContainText('That passphrase is not right.');
  // The wrong entry is selected, so typing replaces it.
  await expect(unlock.passphrase).toBeFocused();
  await page.keyboard.type(passphrase);
  await page.keyboard.press('Enter');
  await expect(caseload.heading).toBeFocused();
  // The caseload's figures arrive after the heading: wait for them, or Tab lands on a control about to be replaced.
  await expect(caseload.emptyState).toBeVisible();

  // Forward from the heading: taking in a handover, then the empty caseload's two ways to start.
  const handoverImport = page.getByRole('button', { name: 'Import a handover file' });
  await page.keyboard.press('Tab');
  await expect(handoverImport).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import a roll' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Go to organisations' })).toBeFocused();
  // Back up past them, the backup notice (no folder chosen yet) and the top bar: Lock, search, then the eight sections in reverse.
  const mainNavigation = page.getByRole('navigation', { name: 'Main' });
  const backward = [
    page.getByRole('button', { name: 'Import a roll' }),
    handoverImport,
    page.getByRole('button', { name: 'Open backups' }),
    caseload.lock,
    searchBox(page).input,
    caseload.settingsLink,
    page.getByRole('button', { name: 'Data protection' }),
    caseload.templatesLink,
    caseload.importLink,
    mainNavigation.getByRole('button', { name: 'Invoices' }),
    caseload.organisationsLink,
    mainNavigation.getByRole('button', { name: 'Diary' }),
    caseload.caseloadLink,
  ];
  for (const link of backward) {
    await page.keyboard.press('Shift+Tab');
    await expect(link).toBeFocused();
  }

  await page.keyboard.press('Control+L');
  await expect(unlock.heading).toBeVisible();
  await expect(unlock.passphrase).toBeFocused();

  // Tab order: show passphrase, Unlock, then the recovery route.
  await page.keyboard.press('Tab');
  await expect(unlock.showPassphrase).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(unlock.submit).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(unlock.forgotten).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Use your recovery code' })).toBeFocused();
});

test('keeps the harness token out of the address bar and survives a reload', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  await expect(unlock.heading).toBeVisible();
  expect(page.url()).not.toContain('token');

  await page.reload();
  await expect(unlock.heading).toBeVisible();
  await unlock.unlock(passphrase);
  await expect(caseloadScreen(page).heading).toBeVisible();
});
