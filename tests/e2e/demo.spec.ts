// The demo practice in the preview: its banner stays while it is open, across
// reloads, and goes when locking returns to the adviser's own vault.
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { createVaultScreen } from './pages/create-vault-page';
import { demoOffer } from './pages/demo-offer';

test.use({ isDemoOffered: true });

test('the demo banner stays across reloads while the demo is open', async ({ page, harness }) => {
  const caseload = caseloadScreen(page);
  await page.goto(harness.url);
  await expect(createVaultScreen(page).heading).toBeVisible();
  await demoOffer(page).open.click();
  await expect(caseload.total).toHaveText('600 clients', { timeout: 30_000 });
  await expect(caseload.demoBanner).toBeVisible();

  await page.reload();
  await expect(caseload.total).toHaveText('600 clients');
  await expect(caseload.demoBanner).toBeVisible();
  await caseload.organisationsLink.click();
  await expect(caseload.demoBanner).toBeVisible();

  // Locking leaves the demo; the adviser's own vault (not made yet) has no banner.
  await caseload.lock.click();
  await expect(createVaultScreen(page).heading).toBeVisible();
  await page.reload();
  await expect(createVaultScreen(page).heading).toBeVisible();
  await expect(caseload.demoBanner).toHaveCount(0);
});
