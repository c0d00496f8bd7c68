// Interviews in the real UI: a GROW interview by keyboard alone, autosave that
// survives a reload and a lock, draft recovery, the client's interview
// history and scores chart, and guidance templates.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, simsExport, startInterviewDirectly, tinyPng, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { clientInterviews, draftNotice, interviewScreen } from './pages/interview-page';
import { searchBox } from './pages/search-box';
import { templateEditor, templatesScreen } from './pages/templates-page';
import { unlockScreen } from './pages/unlock-page';
import { passphrase } from './vault-setup';

const sian = "Siân O'Neill";
const growStages = ['Goal', 'Reality', 'Options', 'Way forward'];
const stageNotes = [
  'Wants to work with animals 🐾, maybe as a veterinary nurse.',
  'Predicted grades are strong in science. Her aunt, مريم حسن, is a vet in Leeds.',
  'College course in animal care; A levels then university; an apprenticeship.',
  'Visit the college open day and ask about the animal care course.',
];
const today = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
}).format(new Date());

test('a GROW interview by keyboard alone: notes in every stage, a picture and a score are all there when it is opened again', async ({
  page,
  harness,
}) => {
  await vaultWithSian(harness);
  const search = searchBox(page);
  const client = clientScreen(page);
  const interviews = clientInterviews(page);
  const interview = interviewScreen(page);

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await expect(search.option(/Siân O'Neill/)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(client.heading(sian)).toBeFocused();

  // Choose GROW by typing its name into the closed drop-down, then start. The list fills when
  // the guidance models have been read: on a loaded machine, typing sooner finds nothing to choose.
  await expect(interviews.model.locator('option', { hasText: 'GROW' })).toHaveCount(1);
  await interviews.model.focus();
  await page.keyboard.type('GROW');
  await expect(interviews.model.locator('option:checked')).toHaveText('GROW');
  await interviews.start.press('Enter');
  await expect(interview.heading(sian)).toBeFocused();
  await expect(interview.stages.getByRole('button')).toHaveText(growStages.map((title) => new RegExp(`${title}$`)));
  await expect(interview.currentStage).toHaveAccessibleName('Goal');
  await expect(interview.nextStage).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowDown');

  // Stage 1 from the navigator, then Alt+Down to each next stage: the notes follow the keyboard.
  await interview.stage('Goal').press('Enter');
  await expect(interview.notesFor('Goal')).toBeFocused();
  for (const [index, title] of growStages.entries()) {
    if (index > 0) {
      await page.keyboard.press('Alt+ArrowDown');
      await expect(interview.notesFor(title)).toBeFocused();
      await expect(interview.currentStage).toHaveAccessibleName(title);
    }
    await page.keyboard.type(stageNotes[index] ?? '');
  }
  // Alt+Up goes back, and the text typed there is still on screen.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(interview.notesFor('Options')).toHaveValue(stageNotes[2] ?? '');
  await expect(interview.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);

  // A picture of the sticky notes.
  await interview.pictureInput.setInputFiles({ name: 'sticky-notes.png', mimeType: 'image/png', buffer: tinyPng });
  await expect(interview.pictures.getByRole('img', { name: 'sticky-notes.png' })).toBeVisible();

  // A confidence score: "Add a score" takes the keyboard to the score itself.
  await interview.addScore.press('Enter');
  await expect(interview.score(1).getByLabel('Score (1 to 10)')).toBeFocused();
  await page.keyboard.press('7');
  await expect(interview.score(1).getByLabel('Score (1 to 10)')).toHaveValue('7');
  await expect(interview.score(1).getByLabel('What is scored')).toHaveValue('Confidence');
  await expect(interview.detailsStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await expectAccessible(page, 'interview');

  // Close the interview, and open it again from the client's record.
  await page.locator('.back-link').getByRole('button').press('Enter');
  await expect(client.heading(sian)).toBeFocused();
  await expect(interviews.list.getByRole('row').nth(1)).toContainText(`${today}GROW (in progress)45 minutesIn person`);
  await expect(interviews.chartTable('Confidence').getByRole('row').nth(1)).toHaveText(`${today}7`);
  await expect(interviews.charts.first()).toHaveAccessibleName(/^Confidence over time/);
  await interviews.open(today).press('Enter');
  await expect(interview.heading(sian)).toBeFocused();

  for (const [index, title] of growStages.entries()) {
    if (index > 0) await page.keyboard.press('Alt+ArrowDown');
    await expect(interview.notesFor(title)).toHaveValue(stageNotes[index] ?? '');
  }
  await expect(interview.notesFor('Way forward')).toHaveAttribute('dir', 'auto');
  await expect(interview.pictures.getByRole('img', { name: 'sticky-notes.png' })).toBeVisible();
  await expect(interview.score(1).getByLabel('Score (1 to 10)')).toHaveValue('7');
  await expect(interview.score(1).getByLabel('What is scored')).toHaveValue('Confidence');
});

test('notes save themselves: after a reload the unfinished interview is offered again, with a megabyte of pasted text intact', async ({
  page,
  harness,
}) => {
  const { clientId } = await vaultWithSian(harness);
  const interviewId = await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  const drafts = draftNotice(page);
  const huge = `${'Paste from the careers report. '.repeat(34_000)}العربية 😀 end`;

  await page.goto(harness.url);
  await expect(drafts.region).toContainText(`You have an interview in progress with ${sian} (${today}).`);
  await drafts.continueWith(sian).click();
  await expect(interview.heading(sian)).toBeFocused();

  await interview.notesFor('Goal').fill('Wants to be an electrician.');
  await expect(interview.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await interview.stage('Reality').click();
  await interview.notesFor('Reality').fill(huge);
  await expect
    .poll(async () => {
      const saved = await harness.call('interviews.get', { id: interviewId });
      return saved.ok && saved.value.stages[1]?.notes === huge;
    })
    .toBe(true);

  await page.reload();
  await expect(caseloadScreen(page).heading).toBeVisible();
  await drafts.continueWith(sian).click();
  await expect(interview.notesFor('Goal')).toHaveValue('Wants to be an electrician.');
  await interview.stage('Reality').click();
  await expect(interview.notesFor('Reality')).toHaveValue(huge);
});

test('a save refused because the vault locked keeps the notes, and they are saved once it is unlocked', async ({
  page,
  harness,
}) => {
  const { clientId } = await vaultWithSian(harness);
  const interviewId = await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  await draftNotice(page).continueWith(sian).click();
  await interview.notesFor('Goal').fill('First thoughts.');
  await expect(interview.saveStatus).toHaveText(/^Saved at/);

  // The vault locks (as the idle lock would) while the adviser is still typing.
  const locked = await harness.call('vault.lock', {});
  expect(locked.ok).toBe(true);
  // One edit, refused whole: keys typed after the lock screen has come up have no notes box to reach,
  // and with a quick main that happens after the first of them.
  await interview.notesFor('Goal').fill('First thoughts. She wants to stay local.');
  await expect(unlock.heading).toBeVisible();

  await unlock.passphrase.fill(passphrase);
  await unlock.submit.click();
  // Unlocking returns to the interview, with the refused words still there.
  await expect(interview.heading(sian)).toBeVisible();
  await expect(interview.notesFor('Goal')).toHaveValue('First thoughts. She wants to stay local.');
  await expect(interview.saveStatus).toHaveText(/^Saved at/);
  const saved = await harness.call('interviews.get', { id: interviewId });
  expect(saved.ok && saved.value.stages[0]?.notes).toBe('First thoughts. She wants to stay local.');
});

test('locking with Ctrl+L straight after typing writes the last words first', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  const interviewId = await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  const unlock = unlockScreen(page);

  await page.goto(harness.url);
  await draftNotice(page).continueWith(sian).click();
  await interview.notesFor('Goal').focus();
  // Well inside the autosave's pause: only the flush before locking can save this.
  await page.keyboard.type('Wants to stay local.');
  await page.keyboard.press('Control+L');
  await expect(unlock.heading).toBeVisible();
  await unlock.unlock(passphrase);
  await expect(interview.heading(sian)).toBeVisible();
  const saved = await harness.call('interviews.get', { id: interviewId });
  expect(saved.ok && saved.value.stages[0]?.notes).toBe('Wants to stay local.');
});

test('notes too long to keep stay on screen with a plain message', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);

  await page.goto(harness.url);
  await draftNotice(page).continueWith(sian).click();
  const tooLong = 'x'.repeat(2_000_001);
  await interview.notesFor('Goal').fill(tooLong);
  await expect(interview.saveProblem).toContainText('Not saved:');
  await expect(interview.saveProblem).toContainText('more than one stage can hold');
  await expect(interview.saveProblem).toContainText('Your notes are still here');
  await expect(interview.notesFor('Goal')).toHaveAccessibleDescription(/Not saved/);
  await expect.poll(async () => (await interview.notesFor('Goal').inputValue()).length).toBe(tooLong.length);
});

test('templates: duplicate a built-in, rename it, reorder and add to its stages, export, import, and refuse a bad file', async ({
  page,
  harness,
}) => {
  await vaultWithSian(harness);
  const templates = templatesScreen(page);
  const editor = templateEditor(page);

  await page.goto(harness.url);
  await caseloadScreen(page).templatesLink.click();
  await expect(templates.heading).toBeFocused();
  await expect(templates.builtIn.locator('.template-card')).toHaveCount(5);
  await expect(templates.card('GROW').getByRole('button', { name: 'Edit GROW' })).toHaveCount(0);
  await expectAccessible(page, 'templates');

  await templates.duplicate('GROW').click();
  await expect(templates.status).toHaveText('Made “GROW (my version)”. Edit it to make it yours.');
  await templates.edit('GROW (my version)').click();
  await expect(editor.heading).toBeFocused();
  await editor.name.fill('GROW for Year 11');
  await editor
    .stage(4)
    .getByRole('button', { name: /^Move up/ })
    .click();
  await expect(editor.stage(3)).toHaveAccessibleName('Stage 3: Way forward');
  await editor
    .stage(1)
    .getByRole('button', { name: /^Add a prompt/ })
    .click();
  await expect(editor.stage(1).getByLabel('Prompt 4')).toBeFocused();
  await page.keyboard.type('What does your family think?');
  await editor.addStage.click();
  await editor.save.click();
  await expect(editor.stage(5).getByLabel('Title')).toHaveAccessibleDescription(/Every stage needs a title\./);
  await expect(editor.stage(5).getByLabel('Title')).toBeFocused();
  await expectAccessible(page, 'template editor with a problem');
  await editor
    .stage(5)
    .getByRole('button', { name: /^Remove stage/ })
    .click();
  await editor.save.click();
  await expect(templates.status).toHaveText('Saved “GROW for Year 11” as version 2.');

  const listed = await harness.call('templates.list', {});
  const mine = listed.ok ? listed.value.find((template) => template.name === 'GROW for Year 11') : undefined;
  expect(mine?.stages.map((stage) => stage.title)).toEqual(['Goal', 'Reality', 'Way forward', 'Options']);
  expect(mine?.stages[0]?.prompts.at(-1)).toBe('What does your family think?');

  const downloadPromise = page.waitForEvent('download');
  await templates.exportFile('GROW for Year 11').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('GROW for Year 11.waymark-template.json');
  const file = JSON.parse((await downloadedBytes(download)).toString('utf8')) as { format?: string; name?: string };
  expect(file).toMatchObject({ format: 'waymark-guidance-template', name: 'GROW for Year 11' });

  await templates.importFile.setInputFiles({
    name: 'roll.json',
    mimeType: 'application/json',
    buffer: Buffer.from(simsExport),
  });
  await expect(templates.importFile).toHaveAccessibleDescription(
    /That file is not a Waymark template: it is not valid JSON\./,
  );
  await templates.importFile.setInputFiles({
    name: 'shared.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, name: 'From a colleague' })),
  });
  await expect(templates.status).toHaveText('Imported “From a colleague”.');
  await expect(templates.card('From a colleague')).toBeVisible();
});
