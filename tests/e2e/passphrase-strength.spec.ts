// The strength message under a new passphrase: plain UK English, one piece of
// advice, and never a word that sounds acceptable beside a refusal; and the
// word lists behind it load only for the forms that need them.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { createVaultScreen } from './pages/create-vault-page';
import { settingsScreen } from './pages/settings-page';
import { unlockScreen } from './pages/unlock-page';
import { createVaultDirectly, passphrase } from './vault-setup';

test('the strength message speaks plainly and does not contradict itself', async ({ page, harness }) => {
  const create = createVaultScreen(page);
  await page.goto(harness.url);
  await expect(create.heading).toBeVisible();

  await create.passphrase.fill('Password1!');
  await expect(create.strength).toHaveText(
    'Strength: WeakThis is close to a commonly used password. Try four or five unrelated words, such as a short made-up sentence only you would think of.',
  );

  await create.passphrase.fill('careers adviser');
  await expect(create.strength).toContainText('Words to do with Waymark or careers work are easy to guess here.');
  await expect(create.strength).not.toContainText('page related');

  await create.passphrase.fill('correct horse');
  await expect(create.strength).toContainText('Strength: Not strong enough yet');
  await expect(create.strength).not.toContainText('Fair');
  await expectAccessible(page, 'create vault');
});

test('the word lists load only where a new passphrase is typed, not with the unlock screen', async ({
  page,
  harness,
}) => {
  const wordListRequests: string[] = [];
  page.on('request', (request) => {
    if (/passphrase-dictionaries-[^/]*\.js$/.test(request.url())) wordListRequests.push(request.url());
  });
  await createVaultDirectly(harness, { isLocked: true });
  const unlock = unlockScreen(page);
  const caseload = caseloadScreen(page);
  await page.goto(harness.url);
  await unlock.unlock(passphrase);
  await expect(caseload.heading).toBeVisible();
  expect(wordListRequests).toEqual([]);

  // A new passphrase in settings: the meter judges it once the word lists have loaded.
  await caseload.settingsLink.click();
  const settings = settingsScreen(page);
  await settings.newPassphrase.fill('Password1!');
  await expect(page.getByRole('region', { name: 'Change passphrase' })).toContainText('Strength: Weak');
  expect(wordListRequests).toHaveLength(1);
});
