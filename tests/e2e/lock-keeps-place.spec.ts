// Locking keeps the adviser's place: after a lock by hand or when idle,
// unlocking returns to the screen that was open with its unsaved text intact,
// and the lock screen shows nothing of it (no name to see or to hear).
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSiansPage, startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { clientForm, clientScreen } from './pages/client-page';
import { draftNotice, interviewScreen } from './pages/interview-page';
import { unlockScreen } from './pages/unlock-page';
import { passphrase } from './vault-setup';

const sian = "Siân O'Neill";

/** Nothing of the kept screen reaches the eye or a screen reader while locked. */
async function expectNothingOfTheClient(page: Page): Promise<void> {
  await expect(page.locator('body')).not.toContainText('Siân', { useInnerText: true });
  await expect(page.locator('body')).not.toContainText("O'Neill", { useInnerText: true });
  const spoken = await page.locator('body').ariaSnapshot();
  expect(spoken).not.toMatch(/Siân|O'Neill|Wants to/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

test('Ctrl+L on a half-edited client: the lock screen shows no name, and unlocking returns to the form with the typing intact', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await vaultWithSian(harness);
  const unlock = unlockScreen(page);
  const form = clientForm(page);

  await page.goto(harness.url);
  // As a person would, once the caseload is on screen: it takes focus as it opens, so a Ctrl+K pressed before then is lost.
  await openSiansPage(page);
  await clientScreen(page).edit.click();
  await expect(form.heading(`Edit ${sian}`)).toBeFocused();
  await form.aboutMe.fill('Loves animals; wants to stay local.');
  await page.keyboard.press('Control+L');

  await expect(unlock.heading).toBeVisible();
  await expect(unlock.passphrase).toBeFocused();
  await expectNothingOfTheClient(page);
  await expectAccessible(page, 'unlock, with a screen kept');

  await unlock.unlock(passphrase);
  await expect(form.heading(`Edit ${sian}`)).toBeVisible({ timeout: 15_000 });
  await expect(form.aboutMe).toHaveValue('Loves animals; wants to stay local.');
  await expect(form.aboutMe).toBeFocused();
  // Nothing was saved: the form was never submitted, and it still can be.
  await form.save.click();
  await expect(clientScreen(page).detail('Legal name')).toBeVisible();
  await expect(clientScreen(page).details).toContainText('Loves animals; wants to stay local.');
});

test.describe('when idle', () => {
  // Long enough for this machine to set up the interview before the lock, short enough to wait for.
  test.use({ autoLockSeconds: 12 });

  test('an idle lock in a quiet stretch of an interview returns to the same stage with the notes there', async ({
    page,
    harness,
  }) => {
    test.setTimeout(120_000);
    const { clientId } = await vaultWithSian(harness);
    await startInterviewDirectly(harness, clientId);
    const interview = interviewScreen(page);
    const unlock = unlockScreen(page);

    await page.goto(harness.url);
    await draftNotice(page).continueWith(sian).click();
    await interview.stage('Reality').click();
    await interview.notesFor('Reality').fill('Wants to work with animals; predicted 5s in science.');
    await expect(interview.saveStatus).toHaveText(/^Saved at/);

    // A quiet stretch: main locks after twelve idle seconds and the app notices.
    await expect(unlock.heading).toBeVisible({ timeout: 40_000 });
    await expect(unlock.idleNotice).toBeVisible();
    await expectNothingOfTheClient(page);

    await unlock.unlock(passphrase);
    await expect(interview.heading(sian)).toBeVisible({ timeout: 15_000 });
    await expect(interview.currentStage).toContainText('Reality');
    await expect(interview.notesFor('Reality')).toHaveValue('Wants to work with animals; predicted 5s in science.');
    await expect(interview.notesFor('Reality')).toBeFocused();
  });
});
