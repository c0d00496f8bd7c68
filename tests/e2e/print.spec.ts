// Printing in the preview: the plan and its easy-read copy open in a print
// preview; Print hands the page to the browser's print (main says the preview
// prints itself); and the print stylesheet prints the document alone, A4,
// black on white, with none of the app's chrome.
import type { Page } from '@playwright/test';
import type { PlanAction } from '../../shared/action-plans';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSiansPage, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { printPreview } from './pages/first-week-pages';
import { searchBox } from './pages/search-box';
import { todayInLondon } from '../../shared/dates';

const sian = "Siân O'Neill";
/** Counts the browser's print calls instead of opening its dialog (runs in the page, hence a string). */
const countPrintCalls = 'window.printCalls = 0; window.print = () => { window.printCalls += 1; };';
const goal = 'You want to train as a paramedic after college';

async function openSiansPlan(page: Page): Promise<void> {
  await openSiansPage(page);
  await page.getByRole('button', { name: 'Action plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Action plan for ${sian}` })).toBeFocused();
}

test('prints the plan and its easy-read copy alone, on A4, without the app around it', async ({ page, harness }) => {
  test.setTimeout(240_000);
  const { clientId } = await vaultWithSian(harness);
  const created = await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' });
  if (!created.ok) throw new Error(created.error.message);
  const action: PlanAction = {
    id: 'a1',
    text: 'Book a place at the college open day',
    owner: { kind: 'client', name: '' },
    dueOn: '2026-12-01',
    status: 'to-do',
    notes: '',
    links: [],
    isSensitive: false,
    reviewComment: '',
  };
  const saved = await harness.call('plans.saveDraft', {
    planId: created.value.id,
    content: { ...created.value.draft, goal, actions: [action] },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  // Count the browser's print calls instead of opening its dialog.
  await page.addInitScript(countPrintCalls);
  const preview = printPreview(page);

  await page.goto(harness.url);
  await openSiansPlan(page);
  await page.getByRole('button', { name: 'Print…', exact: true }).click();
  await expect(preview.heading).toHaveText('Print preview: the action plan');
  await expect(preview.print).toBeFocused();
  await expect(preview.sheet.getByRole('heading', { level: 3 })).toHaveText('Your career action plan');
  await expect(preview.sheet).toContainText(sian);
  await expect(preview.sheet).toContainText(goal);
  await expect(preview.sheet.getByRole('table')).toContainText('Book a place at the college open day');
  await expectAccessible(page, 'plan print preview');
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    // The A4 sheet scrolls inside its frame if it must; the page itself never scrolls sideways.
    expect(
      await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'),
      `${size.width} × ${size.height}`,
    ).toBe(true);
  }
  await page.setViewportSize({ width: 1280, height: 860 });
  await preview.print.click();
  await expect.poll(() => page.evaluate('window.printCalls')).toBe(1);

  // As printed: the sheet alone, black on white.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.locator('.back-link')).toBeHidden();
  await expect(preview.print).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `Action plan for ${sian}` })).toBeHidden();
  await expect(page.getByLabel('Goal', { exact: false }).first()).toBeHidden();
  await expect(preview.sheet).toBeVisible();
  await expect(preview.sheet).toContainText(goal);
  expect(
    await page.evaluate(
      '[getComputedStyle(document.querySelector(".print-page")).color, getComputedStyle(document.body).backgroundColor]',
    ),
  ).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  // Headless Chromium prints to PDF with the print stylesheet: one A4 page (595 × 842 points, as Skia rounds them).
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
  expect(pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  // The easy-read copy: larger type (at least 14 point), its own words.
  await preview.close.click();
  await expect(preview.region).toHaveCount(0);
  await page.getByRole('button', { name: 'Print easy read…' }).click();
  await expect(preview.heading).toHaveText('Print preview: the easy-read action plan');
  await expect(preview.sheet.getByRole('heading', { level: 3 })).toHaveText('Your career plan');
  await expect(preview.sheet.getByRole('heading', { level: 4, name: 'What happens next' })).toBeVisible();
  await expect(preview.sheet.getByRole('heading', { level: 5 })).toHaveText('1. Book a place at the college open day');
  const fontSizePx = Number.parseFloat(
    await page.evaluate<string>('getComputedStyle(document.querySelector(".print-page p")).fontSize'),
  );
  expect(fontSizePx).toBeGreaterThanOrEqual((14 * 96) / 72);
  await expectAccessible(page, 'easy-read print preview');
  await preview.print.click();
  await expect.poll(() => page.evaluate('window.printCalls')).toBe(2);
});

test('Ctrl+P on a page without a preview prints the page without the app’s chrome', async ({ page, harness }) => {
  await vaultWithSian(harness);
  await page.goto(harness.url);
  await openSiansPage(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit details' })).toBeHidden();
  await expect(clientScreen(page).heading(sian)).toBeVisible();
  await expect(clientScreen(page).details).toContainText('Hillcrest School');
});

test('prints the subject-access cover letter alone, from the request', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const { clientId } = await vaultWithSian(harness);
  const logged = await harness.call('subjectAccess.logRequest', {
    clientId,
    receivedOn: todayInLondon(),
    requesterName: "Róisín O'Neill",
    relationship: 'parent-carer',
    requesterAddress: '1 Quay Street\nCardiff',
  });
  if (!logged.ok) throw new Error(logged.error.message);
  // The letter comes from the adviser: their name and address must be set.
  const named = await harness.call('settings.update', { adviserName: 'Alex Morgan' });
  const addressed = await harness.call('practice.saveDetails', {
    businessName: 'Morgan Careers',
    address: '2 Mill Lane\nLeeds',
    icoRegistrationNumber: 'ZA123456',
    dataProtectionContact: 'alex@example.com',
  });
  if (!named.ok || !addressed.ok) throw new Error('Could not set the practice details.');
  await page.addInitScript(countPrintCalls);
  const preview = printPreview(page);

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await page.getByRole('button', { name: 'Consent and data' }).click();
  await page.getByRole('button', { name: 'Print the letter…' }).click();
  await expect(preview.heading).toHaveText('Print preview: the cover letter');
  await expect(preview.sheet).toContainText("Róisín O'Neill");
  await expect(preview.sheet).toContainText('Cardiff');
  // Only the letter's own words: nothing from the page around it made it into the sheet.
  await expect(preview.sheet.locator('script, style, a[href], img')).toHaveCount(0);
  await expectAccessible(page, 'cover letter print preview');
  await preview.print.click();
  await expect.poll(() => page.evaluate('window.printCalls')).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.top-bar')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Consent' })).toBeHidden();
  await expect(preview.sheet).toBeVisible();
  await expect(preview.sheet).toContainText("Róisín O'Neill");
});
