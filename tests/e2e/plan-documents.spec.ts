// Plans every young person can read, from the real UI: the client's plan
// language and dyslexia-friendly style set on their record, the Welsh written
// beside the English with what is missing listed (never in the document), the
// easy-read check, and each copy downloaded and opened as Word would open it.
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, openSiansPage, vaultWithSian } from './guidance-setup';
import { clientForm, clientScreen } from './pages/client-page';
import { planScreen } from './pages/plan-page';
import { readDocx, type DocxContents } from '../support/docx';

const sian = "Siân O'Neill";

async function openSian(page: Page): Promise<void> {
  await openSiansPage(page);
}

async function downloaded(page: Page, button: Locator): Promise<DocxContents> {
  const download = page.waitForEvent('download');
  await button.click();
  return readDocx(await downloadedBytes(await download));
}

const titles = (docx: DocxContents) =>
  docx.paragraphs.filter((paragraph) => paragraph.style === 'Title').map((paragraph) => paragraph.text);

test('a bilingual, dyslexia-friendly client: Welsh beside the English, what is missing listed, and the standard, easy-read and English copies downloaded', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  const { clientId } = await vaultWithSian(harness);
  await harness.call('settings.update', { adviserName: 'Rhian Morgan', adviserContact: 'rhian@example.org' });
  await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' });
  const client = clientScreen(page);
  const form = clientForm(page);
  const plan = planScreen(page);

  await page.goto(harness.url);
  await openSian(page);
  await client.edit.click();
  await form.planLanguage.selectOption({ label: 'Welsh and English (bilingual)' });
  await form.dyslexiaFriendly.check();
  await expectAccessible(page, 'client form with plans and documents');
  await form.save.click();
  await expect(client.detail('Language of their plans')).toHaveText('Welsh and English (bilingual)');
  await expect(client.detail('Dyslexia-friendly documents')).toHaveText('Yes');

  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  await expect(plan.heading(sian)).toBeVisible();
  await expect(plan.adviserPrompt).toHaveCount(0);
  await plan.goal.fill('You want to become a vet.');
  await expect(plan.welshToWrite).toContainText('The goal');
  await plan.addAction.click();
  await plan.action(1).getByLabel('What will be done', { exact: true }).fill('Visit the college open day');
  await expect(plan.welshToWrite).toContainText('Action 1');
  await expect(plan.exportWelshNotice).toHaveText(
    '2 parts have no Welsh yet: the bilingual copy prints them in English only. The list is under “Welsh” in the plan.',
  );
  await expectAccessible(page, 'bilingual plan editor with Welsh to write');

  // Each missing part is a button to its Welsh box, beside the English.
  await plan.welshToWrite.getByRole('button', { name: 'The goal' }).click();
  await expect(plan.welshGoal).toBeFocused();
  await page.keyboard.type('Rydych chi eisiau bod yn filfeddyg.');
  await plan.welshToWrite.getByRole('button', { name: 'Action 1' }).click();
  await expect(plan.action(1).getByLabel('What will be done, in Welsh')).toBeFocused();
  await page.keyboard.type('Ymweld â diwrnod agored y coleg');
  await expect(plan.welshStatus).toHaveText('Every part has its Welsh.');
  await expect(plan.exportWelshNotice).toHaveCount(0);
  await expect(plan.saveStatus).toHaveText(/^Saved at/);

  // The client's settings choose the copy: bilingual, Welsh first, on a cream page.
  await expect(plan.exportLanguage).toHaveValue('bilingual');
  await expect(plan.exportDyslexiaFriendly).toBeChecked();
  const standard = await downloaded(page, plan.exportAs('Word document'));
  expect(titles(standard)).toEqual(['Eich cynllun gweithredu gyrfa', 'Your career action plan']);
  expect(standard.text.indexOf('Rydych chi eisiau bod yn filfeddyg.')).toBeLessThan(
    standard.text.indexOf('You want to become a vet.'),
  );
  expect(standard.documentXml).toContain('<w:background w:color="FAF3DC"');
  expect(standard.documentXml).toContain('<w:lang w:val="cy-GB"/>');

  const easyRead = await downloaded(page, plan.exportAs('Easy read'));
  expect(titles(easyRead)).toEqual(['Eich cynllun gyrfa', 'Your career plan']);
  // A picture beside who it is for, the goal and the action (the empty sections are left out), each named in both languages.
  expect(easyRead.pictures.map((picture) => picture.description)).toEqual([
    'Person, ar eich cyfer chi / A person, for you',
    'Targed, ar gyfer nod / A target, for a goal',
    'Cap graddio, ar gyfer coleg / A graduation cap, for college',
  ]);

  // For this copy only: English, in the standard style.
  await plan.exportLanguage.selectOption({ label: 'English' });
  await plan.exportDyslexiaFriendly.uncheck();
  const english = await downloaded(page, plan.exportAs('Word document'));
  expect(titles(english)).toEqual(['Your career action plan']);
  expect(english.documentXml).not.toContain('<w:background');
  await expectAccessible(page, 'plan export choices');
});

test('the plan asks for the adviser’s name and contact when they are not set, and the easy-read check advises without blocking', async ({
  page,
  harness,
}) => {
  test.setTimeout(90_000);
  const { clientId } = await vaultWithSian(harness);
  await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' });
  const plan = planScreen(page);

  await page.goto(harness.url);
  await openSian(page);
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  await expect(plan.adviserPrompt).toContainText('Your name and contact details are not set.');
  await plan.addAction.click();
  await plan
    .action(1)
    .getByLabel('What will be done', { exact: true })
    .fill('Your CV will be sent to the employer by the school careers team this week, before the deadline closes.');
  await plan.easyReadCheck.getByText(/^Easy-read check/).click();
  await expect(plan.easyReadCheck).toContainText('“CV” is an abbreviation');
  await expect(plan.easyReadCheck).toContainText('“be sent” does not say who does it');
  await expect(plan.easyReadCheck).toContainText('a sentence of 19 words');
  await expect(plan.saveStatus).toHaveText(/^Saved at/);
  await expectAccessible(page, 'plan editor with the easy-read check open');

  await plan.adviserPrompt.getByRole('button', { name: 'Add your details in Settings' }).click();
  await expect(page.getByLabel('Your name')).toBeVisible();
});
