// The strength message under a new passphrase: plain UK English, one piece of
// advice, and never a word that sounds acceptable beside a refusal.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { createVaultScreen } from './pages/create-vault-page';

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
