// One client's consent and data in the real UI: consent recorded, sharing
// refused without consent for the purpose, and the client erased behind a
// typed confirmation, leaving a tombstone. The subject-access request and its
// bundle, on the same page, are in subject-access.spec.ts.
import { formatUkDate, todayInLondon } from '../../shared/dates';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSiansPrivacyPage, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { privacyScreen } from './pages/privacy-page';

test('consent, sharing refused without it, then erasure with a tombstone', async ({ page, harness }) => {
  await vaultWithSian(harness);
  const privacy = privacyScreen(page);
  const today = todayInLondon();

  await page.goto(harness.url);
  await openSiansPrivacyPage(page);
  await expect(privacy.consent.current).toContainText('No consent is recorded');
  await expectAccessible(page, 'consent and data');

  // Consent: informed first, then per purpose.
  await privacy.consent.purpose('Share plans with their tutor').check();
  await privacy.consent.record.click();
  await expect(privacy.consent.problem).toContainText('Explain the limits of confidentiality first');
  await privacy.consent.explained.check();
  await privacy.consent.method('In writing').check();
  await privacy.consent.record.click();
  await expect(privacy.consent.done).toHaveText(
    `Consent recorded, given on ${formatUkDate(today)}. Agreed to: Share plans with their tutor.`,
  );
  await expect(privacy.consent.current).toContainText('Share plans with their tutor');
  await expect(privacy.consent.current).toContainText(`The client, in writing, on ${formatUkDate(today)}`);
  await expect(privacy.consent.history.locator('tbody tr')).toHaveCount(1);

  // Sharing for a purpose they did not agree to is refused, and nothing is logged.
  await privacy.share.purpose('A parent or carer').check();
  await privacy.share.recipient.fill('Mrs O’Neill, mother');
  await privacy.share.submit.click();
  await expect(privacy.share.problem).toContainText(
    'The client has not agreed to share plans with a parent or carer. Nothing was shared.',
  );
  await expect(privacy.disclosuresRegion).toContainText('Nothing about this client has left the vault.');

  // Erasure: a reason, and the surname typed to confirm.
  await privacy.erase.reason.fill('Request under Article 17');
  await privacy.erase.name.fill('Sian');
  await privacy.erase.submit.click();
  await expect(privacy.erase.name).toBeFocused();
  await expect(privacy.erase.region).toContainText("Type O'Neill (or their full name) exactly");
  await privacy.erase.name.fill("o'neill");
  await privacy.erase.submit.click();
  await expect(page.locator('#data-protection-status')).toHaveText(
    new RegExp(`^Erased\\. Tombstone [0-9a-f-]{36}, ${formatUkDate(today)}\\. No personal data was kept\\.$`),
  );

  // Gone from search and the caseload.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “sian”.' })).toBeVisible();
  await page.keyboard.press('Escape');
  await caseloadScreen(page).caseloadLink.click();
  await expect(caseloadScreen(page).rows.first()).toBeVisible();
  await expect(caseloadScreen(page).list).not.toContainText("O'Neill");
});
