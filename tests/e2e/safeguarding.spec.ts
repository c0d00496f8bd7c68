// Safeguarding in the real UI: the school's safeguarding lead and deputy
// recorded on its form, a concern recorded on a client with them shown to
// report to, a calm flag on the client page (never on the caseload or the
// lock screen), and the records left out of a handover unless the adviser
// decides, and confirms, to include them.
import type { Page } from '@playwright/test';
import { formatUkDate } from '../../shared/dates';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { safeguardingSection } from './pages/first-week-pages';
import { handoverEntries, handoverExportScreen } from './pages/handover-page';
import { organisationForm } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';
import { searchBox } from './pages/search-box';
import { unlockScreen } from './pages/unlock-page';

const sian = "Siân O'Neill";
const disclosure = 'Siân said "I don\'t want to go home tonight"; a bruise on her left wrist';

async function openSian(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await expect(clientScreen(page).heading(sian)).toBeFocused();
}

async function makeHandoverFile(page: Page): Promise<string> {
  const handover = handoverExportScreen(page);
  const downloading = page.waitForEvent('download');
  await handover.make.click();
  return (await downloadedBytes(await downloading)).toString('utf8');
}

test('records the safeguarding lead, a concern with whom it was reported to, and keeps it out of a handover by default', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await vaultWithSian(harness);
  const safeguarding = safeguardingSection(page);
  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await openSian(page);
  await expect(safeguarding.flag).toHaveCount(0);

  // No lead recorded yet: the form says so, and offers the way to add them.
  await safeguarding.record.click();
  await expect(safeguarding.what).toBeFocused();
  await expect(safeguarding.reportTo).toContainText('No safeguarding lead is recorded for Hillcrest School.');
  await safeguarding.reportTo.getByRole('button', { name: 'Add their safeguarding lead and deputy' }).click();
  const form = organisationForm(page);
  await expect(form.heading).toBeVisible();
  await page.getByLabel('Designated safeguarding lead: name').fill('Siobhán Patel');
  await page.getByLabel('Designated safeguarding lead: phone').fill('0113 496 0000');
  await page.getByLabel('Designated safeguarding lead: email').fill('dsl@hillcrest.example');
  await page.getByLabel('Deputy safeguarding lead: name').fill('مريم حسن');
  await page.getByLabel('Deputy safeguarding lead: phone').fill('0113 496 0001');
  await expectAccessible(page, 'organisation form with safeguarding leads');
  await form.save.click();
  const overview = overviewScreen(page);
  await expect(overview.heading('Hillcrest School')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(
    'Siobhán Patel · 0113 496 0000 · dsl@hillcrest.example',
  );
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('مريم حسن · 0113 496 0001');

  // The concern, with the lead and deputy shown to report to.
  await openSian(page);
  await safeguarding.record.click();
  await expect(safeguarding.reportTo).toContainText('Siobhán Patel · 0113 496 0000 · dsl@hillcrest.example');
  await expect(safeguarding.reportTo).toContainText('مريم حسن · 0113 496 0001');
  await safeguarding.save.click();
  await expect(safeguarding.region.locator('#concern-what-error')).toContainText('Write down what was said or seen');
  await expect(safeguarding.what).toBeFocused();
  await safeguarding.what.fill(disclosure);
  await safeguarding.reportedTo.fill('Siobhán Patel (DSL)');
  await safeguarding.reportedOn.fill('2026-11-23');
  await safeguarding.reportedTime.fill('2pm');
  await safeguarding.save.click();
  await expect(safeguarding.region.locator('#concern-reported-time-error')).toContainText('such as 14:30');
  await safeguarding.reportedTime.fill('14:30');
  await safeguarding.reference.fill('SG/2026/17');
  await expectAccessible(page, 'safeguarding concern form');
  await safeguarding.save.click();
  await expect(safeguarding.done).toContainText('Safeguarding concern recorded');
  await expect(safeguarding.concerns).toHaveCount(1);
  await expect(safeguarding.concerns.first()).toContainText(disclosure);
  await expect(safeguarding.concerns.first()).toContainText(
    `Reported to Siobhán Patel (DSL) on ${formatUkDate('2026-11-23')} at 14:30. Reference: SG/2026/17.`,
  );

  // A calm flag in the page's header, with a way to the records.
  await expect(safeguarding.flag).toContainText('Safeguarding concern recorded');
  await page.keyboard.press('Home');
  await safeguarding.seeRecords.click();
  await expect(safeguarding.heading).toBeFocused();
  await expectAccessible(page, 'client with a safeguarding concern');

  // Never on the caseload list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Caseload' }).click();
  await expect(caseloadScreen(page).heading).toBeFocused();
  await expect(page.getByText(/safeguarding/i)).toHaveCount(0);

  // A handover leaves it out unless the adviser decides otherwise.
  await openSian(page);
  await handoverEntries(page).handOver.click();
  const handover = handoverExportScreen(page);
  await handover.recipient.fill('Ms Adeyemi, Riverside Careers');
  await handover.agreed.check();
  const include = page.getByLabel('Include safeguarding records');
  await expect(include).not.toBeChecked();
  await include.check();
  await expect(page.getByText('Include them in this file?')).toBeVisible();
  await expectAccessible(page, 'handover with the safeguarding question');
  await page.getByRole('button', { name: 'No, leave them out' }).click();
  await expect(include).not.toBeChecked();
  const withoutSafeguarding = await makeHandoverFile(page);
  expect(withoutSafeguarding).not.toContain('want to go home');
  expect(JSON.parse(withoutSafeguarding)).toMatchObject({
    formatVersion: 3,
    safeguarding: { isIncluded: false, concerns: [] },
  });

  await include.check();
  await page.getByRole('button', { name: 'Yes, include safeguarding records' }).click();
  await expect(include).toBeChecked();
  const withSafeguarding = JSON.parse(await makeHandoverFile(page)) as {
    safeguarding: { isIncluded: boolean; concerns: { whatHappened: string }[] };
  };
  expect(withSafeguarding.safeguarding).toMatchObject({ isIncluded: true, concerns: [{ whatHappened: disclosure }] });

  // Nor on the lock screen: the page underneath stays mounted to keep the adviser's place, but nothing of it can be seen or reached.
  await page.keyboard.press('Control+L');
  await expect(unlockScreen(page).heading).toBeVisible();
  await expect(page.getByText(/safeguarding/i).filter({ visible: true })).toHaveCount(0);
  expect(await page.locator('body').ariaSnapshot()).not.toMatch(/safeguarding/i);
});
