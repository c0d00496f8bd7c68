// The caseload's pupil-premium filter in the real UI.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';

test('filters the caseload to pupils with pupil premium, or without', async ({ page, harness }) => {
  await vaultWithSian(harness);
  const caseload = caseloadScreen(page);
  const pupilPremium = page.getByLabel('Pupil premium', { exact: true });
  await page.goto(harness.url);
  await expect(caseload.total).toHaveText('4 clients');

  await pupilPremium.selectOption({ label: 'Pupil premium' });
  await expect(caseload.total).toHaveText('2 clients match these filters');
  await expect(caseload.nameButtons).toHaveText(["O'Neill, Siân", 'حسن, مريم']);

  await pupilPremium.selectOption({ label: 'No pupil premium' });
  await expect(caseload.total).toHaveText('2 clients match these filters');
  await expect(caseload.nameButtons).toHaveText(
    ["Robert'); DROP TABLE clients;--, Bobby", 'Wiśniewski, Luke'].map(
      (name) => new RegExp(`^${name.slice(0, 6).replace(/[()']/g, '.')}`),
    ),
  );
  await expectAccessible(page, 'caseload filtered by pupil premium');
});
