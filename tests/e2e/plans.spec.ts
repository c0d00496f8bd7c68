// Action plans in the real UI: made from an interview's actions, finalised
// (after a confirmation) and exported, outcomes recorded at the next interview
// into version 2, the history of both; a starting draft from the interview's
// notes; links refused when not web addresses; batch export with Cancel.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import {
  downloadedBytes,
  openSiansPage,
  schoolWithPlans,
  startInterviewDirectly,
  vaultWithSian,
} from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { clientInterviews, interviewScreen } from './pages/interview-page';
import { organisationsScreen } from './pages/organisations-page';
import { batchExport, planScreen } from './pages/plan-page';
import { searchBox } from './pages/search-box';

const sian = "Siân O'Neill";

async function openSian(page: Page): Promise<void> {
  await openSiansPage(page);
}

async function exportWord(page: Page, button: Locator): Promise<Download> {
  const downloadPromise = page.waitForEvent('download');
  await button.click();
  return downloadPromise;
}

test('an interview’s actions become the plan; finalised and exported, then reviewed at the next interview into version 2', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  await vaultWithSian(harness);
  const interviews = clientInterviews(page);
  const interview = interviewScreen(page);
  const plan = planScreen(page);

  await page.goto(harness.url);
  await openSian(page);
  await interviews.model.selectOption({ label: 'GROW' });
  await interviews.start.click();
  await expect(interview.heading(sian)).toBeFocused();
  await expect(interview.previousActions).toHaveCount(0);

  await interview.addActionWith('Visit the college open day on 18 March');
  await expect(interview.actionItems).toHaveCount(1);
  await expect(interview.actionText).toBeFocused();
  await interview.addActionWith('Speak to your tutor about work experience', 'Me (the adviser)');
  await expect(interview.actionItems).toHaveCount(2);
  await interview.addActionWith('Look into animal care courses', 'Someone supporting them', 'Mum');
  await expect(interview.actionItems).toHaveCount(3);
  await expect(interview.actionItems.nth(2)).toContainText('Look into animal care courses');
  await expect(interview.actionItems.nth(2)).toContainText('Mum');

  await interview.finishButton.click();
  await expect(interview.finish.getByRole('heading', { name: 'Interview finished' })).toBeFocused();
  await interview.createPlan.click();

  await expect(plan.heading(sian)).toBeFocused();
  await expect(plan.fromInterview).toBeChecked();
  await plan.create.click();
  await expect(plan.action(3)).toBeVisible();
  await expect(plan.action(1).getByLabel('What will be done')).toHaveValue('Visit the college open day on 18 March');
  await expect(plan.action(2).getByLabel('Who')).toHaveValue('adviser');
  await expect(plan.action(3).getByLabel('Their name')).toHaveValue('Mum');
  // SMART hints are advice beside the action, and saving goes ahead regardless.
  await expect(plan.hintsFor(3)).toContainText('"look into" is a vague verb.');
  await plan.goal.fill('You want to work with animals, perhaps as a veterinary nurse.');
  await expect(plan.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await expectAccessible(page, 'plan editor');

  // Finalising asks first and says what it does; Not yet changes nothing.
  await plan.finalise.click();
  await expect(plan.finaliseDialog).toContainText(
    'It cannot be changed afterwards, and the client’s copy is made from it.',
  );
  await expect(plan.confirmFinalise).toBeVisible();
  await expectAccessible(page, 'finalise confirmation');
  await plan.notYet.click();
  await expect(plan.finaliseDialog).toHaveCount(0);
  await expect(plan.versionState).toHaveText(/^Not finalised yet\./);
  await plan.finalise.click();
  await plan.confirmFinalise.click();
  await expect(plan.finaliseDone).toContainText('Version 1 finalised.');
  await expect(plan.versionState).toHaveText(/^Version 1, finalised .*It stays as agreed\.$/);
  // A new draft is a deliberate step, not the main button: the finalised plan is there to read.
  await expect(plan.finalise).toHaveCount(0);
  await expect(plan.newDraft).toHaveText('Start a new draft (version 2)');
  await expect(plan.finalisedPlan).toContainText('You want to work with animals, perhaps as a veterinary nurse.');
  await expect(plan.goal).toHaveCount(0);
  const first = await exportWord(page, plan.exportAs('Word document'));
  expect(first.suggestedFilename()).toMatch(/^Action plan - Siân O'Neill - \d{4}-\d{2}-\d{2}\.docx$/);
  expect((await downloadedBytes(first)).subarray(0, 2).toString('latin1')).toBe('PK');

  // The next interview: last time's actions first, then the plan's review.
  await plan.editView.click();
  await page.getByRole('button', { name: 'Open the client’s record' }).click();
  await expect(interviews.list.getByRole('row')).toHaveCount(2);
  await interviews.start.click();
  await expect(interview.heading(sian)).toBeFocused();
  await expect(interview.previousActions.getByRole('listitem')).toHaveCount(3);
  await interview.finishButton.click();
  await interview.reviewPlan.click();

  await expect(plan.reviewView).toHaveAttribute('aria-current', 'page');
  await plan.startReview.click();
  await expect(page.getByRole('heading', { name: 'Outcomes of version 1' })).toBeFocused();
  await plan.reviewOf('Visit the college open day on 18 March').getByRole('radio', { name: 'Done' }).check();
  await plan
    .reviewOf('Visit the college open day on 18 March')
    .getByLabel('What happened')
    .fill('Went with Mum and loved the animal care room.');
  await plan.reviewOf('Speak to your tutor about work experience').getByRole('radio', { name: 'In progress' }).check();
  await plan.reviewOf('Look into animal care courses').getByRole('radio', { name: 'Dropped' }).check();
  await plan
    .reviewOf('Look into animal care courses')
    .getByLabel('What happened')
    .fill('Decided on the college course instead.');
  await expect(plan.saveStatus).toHaveText(/^Saved at/);
  await expectAccessible(page, 'plan review');
  await plan.finalise.click();
  await plan.confirmFinalise.click();
  await expect(plan.finaliseDone).toContainText('Version 2 finalised.');
  const second = await exportWord(page, plan.exportAs('Easy read'));
  expect(second.suggestedFilename()).toMatch(/^Action plan - Siân O'Neill - \d{4}-\d{2}-\d{2} \(easy read\)\.docx$/);
  expect((await downloadedBytes(second)).subarray(0, 2).toString('latin1')).toBe('PK');

  await plan.historyView.click();
  await expect(plan.versionsTable.getByRole('row')).toHaveCount(3);
  await expect(plan.changesTable).toHaveAccessibleName('What changed from version 1 to version 2');
  const row = (text: string) =>
    plan.changesTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: text }) });
  await expect(row('Visit the college open day on 18 March').getByRole('cell')).toHaveText([
    'Changed',
    'To do → Done',
    'Went with Mum and loved the animal care room.',
  ]);
  await expect(row('Speak to your tutor about work experience').getByRole('cell')).toHaveText([
    'Changed',
    'To do → In progress',
    'None',
  ]);
  await expect(row('Look into animal care courses').getByRole('cell')).toHaveText([
    'Changed',
    'To do → Dropped',
    'Decided on the college course instead.',
  ]);
  await expect(plan.versionColumn(1)).toContainText('To do');
  await expect(plan.versionColumn(2)).toContainText('“Went with Mum and loved the animal care room.”');
  await expectAccessible(page, 'plan history');

  const oldCopy = await exportWord(page, plan.versionsTable.getByRole('button', { name: 'Easy read of version 1' }));
  expect(oldCopy.suggestedFilename()).toMatch(/\(easy read\)\.docx$/);
  // A copy for anyone else is made only by sharing, with consent: never from a version's export buttons.
  await expect(plan.versionsTable.getByRole('button', { name: /Shared copy/ })).toHaveCount(0);
});

test('a link that is not a web address is refused by the box, and nothing else is lost', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  const created = await harness.call('plans.create', { clientId, sectionSet: 'easy-read' });
  expect(created.ok).toBe(true);
  const plan = planScreen(page);

  await page.goto(harness.url);
  await openSian(page);
  await clientInterviews(page).actionPlan.click();
  await expect(plan.heading(sian)).toBeFocused();
  await expect(page.getByLabel('About me', { exact: true })).toBeVisible();

  await plan.addAction.click();
  const action = plan.action(1);
  await expect(action.getByLabel('What will be done')).toBeFocused();
  await page.keyboard.type('Visit the library careers corner');
  await action.getByRole('button', { name: /^Add a link/ }).click();
  await action.getByLabel('Link title').fill('Course page');
  await action.getByLabel('Web address').fill('javascript:alert(1)');
  await expect(action.getByLabel('Web address')).toHaveAccessibleDescription(
    /Links must be web addresses starting with http:\/\/ or https:\/\/\./,
  );
  await expect(action.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#plan-save-status-problem')).toContainText(
    'Something needs correcting: see the marked boxes.',
  );
  await expect(action.getByLabel('What will be done')).toHaveValue('Visit the library careers corner');

  await action.getByLabel('Web address').fill('https://www.example.ac.uk/animal-care');
  await expect(plan.saveStatus).toHaveText(/^Saved at/);
  await expect(action.getByLabel('Web address')).not.toHaveAttribute('aria-invalid', 'true');
  const saved = await harness.call('plans.forClient', { clientId });
  expect(saved.ok && saved.value.plan?.draft.actions[0]?.links).toEqual([
    { title: 'Course page', url: 'https://www.example.ac.uk/animal-care' },
  ]);
});

test('a batch export shows its progress and can be cancelled, leaving only whole documents', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  // About 20 ms a document: enough that Cancel lands while the export is under way.
  const pupils = 300;
  await schoolWithPlans(harness, pupils);
  const folder = join(harness.vaultDirectory, 'exports');
  const batch = batchExport(page);

  await page.goto(harness.url);
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Riverside Academy').click();
  await batch.start.click();
  await expect(batch.folder).toHaveAccessibleDescription(/Choose or type the folder to save the documents in\./);
  await batch.folder.fill(folder);
  await batch.variant(/^Easy read/).check();
  await batch.start.click();
  await expect(batch.progress).toHaveAttribute('aria-valuemax', String(pupils));
  await expect(batch.progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);
  await batch.cancel.click();
  await expect(batch.result).toContainText(new RegExp(`^Cancelled after \\d+ of ${pupils}\\.`));
  await expect(batch.cancel).toHaveCount(0);
  await expectAccessible(page, 'batch export, cancelled');

  const done = Number(await batch.progress.getAttribute('aria-valuenow'));
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(pupils);
  const files = await readdir(folder);
  expect(files.filter((name) => name.endsWith('.partial'))).toEqual([]);
  expect(files.filter((name) => name.endsWith('(easy read).docx'))).toHaveLength(done);
});

test('the adviser’s name, contact and confidentiality line are kept for every plan', async ({ page, harness }) => {
  await vaultWithSian(harness);
  const section = page.getByRole('region', { name: 'On every action plan' });

  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await section.getByLabel('Your name').fill('Ffion Evans');
  await section.getByLabel('How to contact you').fill('ffion@example.org, 07700 900123');
  await section
    .getByLabel('Confidentiality line', { exact: true })
    .fill('This plan belongs to you. It is shared only with your permission.');
  await section.getByRole('button', { name: /^(Save plan details|Saving…)$/ }).click();
  await expect(section.getByRole('status')).toHaveText('Saved. Plans exported from now on carry these details.');
  const settings = await harness.call('settings.get', {});
  expect(settings.ok && settings.value).toMatchObject({
    adviserName: 'Ffion Evans',
    adviserContact: 'ffion@example.org, 07700 900123',
    confidentialityLine: 'This plan belongs to you. It is shared only with your permission.',
  });

  await page.reload();
  await caseloadScreen(page).settingsLink.click();
  await expect(section.getByLabel('Your name')).toHaveValue('Ffion Evans');
});

test('a plan starts from the interview’s stage notes under the sections they fit, or blank; a new draft after finalising is a deliberate step', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  const { clientId } = await vaultWithSian(harness);
  const interview = interviewScreen(page);
  const plan = planScreen(page);
  // Luke has an earlier interview with notes too: from his page, a blank plan is the other choice.
  const found = await harness.call('search.query', { text: 'Wiśniewski' });
  const lukeId = found.ok ? (found.value.find((result) => result.kind === 'client')?.id ?? '') : '';
  const lukeInterview = await startInterviewDirectly(harness, lukeId);
  await harness.call('interviews.saveNotes', {
    interviewId: lukeInterview,
    stageIndex: 1,
    text: 'Enjoys maths and fixing bikes.',
  });

  await page.goto(harness.url);
  await openSian(page);
  await clientInterviews(page).model.selectOption({ label: 'GROW' });
  await clientInterviews(page).start.click();
  await expect(interview.heading(sian)).toBeFocused();
  await interview.notesFor('Goal').fill('Wants to work with animals.');
  await interview.stage('Reality').click();
  await interview.notesFor('Reality').fill('Year 11, predicted 5s in science.');
  await interview.stage('Options').click();
  await interview.notesFor('Options').fill('College course or an apprenticeship.');
  await interview.stage('Way forward').click();
  await interview.notesFor('Way forward').fill('Open day first, then apply.');
  await interview.finishButton.click();
  await expect(interview.finish.getByRole('heading', { name: 'Interview finished' })).toBeFocused();
  await interview.createPlan.click();

  await expect(plan.heading(sian)).toBeFocused();
  await expect(plan.fromInterview).toBeChecked();
  await expect(plan.startBlank).not.toBeChecked();
  await expectAccessible(page, 'start the action plan');
  await plan.create.click();
  await expect(plan.section('Where you are now')).toHaveValue('Year 11, predicted 5s in science.');
  await expect(plan.section('Where you want to be')).toHaveValue(
    'Wants to work with animals.\n\nCollege course or an apprenticeship.',
  );
  await expect(plan.section('How you will get there')).toHaveValue('Open day first, then apply.');
  await expect(page.getByText('This draft starts from the interview’s notes and agreed actions.')).toBeVisible();
  // The adviser rewrites it to the client before finalising.
  await plan.section('Where you are now').fill('You are in Year 11 and expect good science grades.');
  await expect(plan.saveStatus).toHaveText(/^Saved at/);

  await plan.finalise.click();
  await plan.confirmFinalise.click();
  await expect(plan.finaliseDone).toContainText('Version 1 finalised.');
  await expect(plan.finalisedPlan).toContainText('You are in Year 11 and expect good science grades.');
  await plan.newDraft.click();
  await expect(plan.finaliseDone).toHaveText('A new draft has started from version 1. Finalise it to make version 2.');
  await expect(plan.versionState).toContainText('The draft has changes since then.');
  await expect(plan.section('Where you are now')).toHaveValue('You are in Year 11 and expect good science grades.');
  await expect(plan.finalise).toHaveText('Finalise version 2…');

  await page.goto(harness.url);
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Wiśniewski');
  await searchBox(page)
    .option(/Wiśniewski/)
    .click();
  await page.getByRole('button', { name: 'Action plan', exact: true }).click();
  await expect(
    page.getByRole('radio', { name: /^Start from the notes of the interview on \d+ \w+ \d{4}$/ }),
  ).toBeChecked();
  await plan.startBlank.check();
  await plan.create.click();
  await expect(plan.section('Where you are now')).toHaveValue('');
  await expect(page.getByText('This draft starts from the interview’s notes')).toHaveCount(0);
  expect(clientId).not.toBe(lukeId);
});
