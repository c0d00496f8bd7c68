// A client's progress in the real UI: a first self-assessment on the CDI
// framework (set up through the harness), a second one run from the client
// page (a date in the future refused in plain words first), and the
// before-and-now chart named by its one-sentence summary, with the same
// figures in the table; the same chart in the plan document when ticked; axe clean.
import { readDocx } from '../support/docx';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, openSiansPage, startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { clientInterviews, draftNotice, interviewScreen } from './pages/interview-page';
import { caseloadScreen } from './pages/caseload-page';
import { planScreen } from './pages/plan-page';
import { frameworkSetting, progressSection } from './pages/progress-page';
import { searchBox } from './pages/search-box';

const caption = 'CDI Career Development Framework: first and latest ratings';

test('shows a client their before-and-now chart after two self-assessments', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const { clientId } = await vaultWithSian(harness);
  expect(await harness.call('settings.update', { competencyFramework: 'cdi' })).toMatchObject({ ok: true });
  const first = await harness.call('progress.recordSelfAssessment', {
    clientId,
    ratedOn: '2026-09-14',
    framework: 'cdi',
    ratings: [
      { competency: 'grow-throughout-life', rating: 2 },
      { competency: 'explore-possibilities', rating: 1 },
      { competency: 'manage-career', rating: 2 },
      { competency: 'create-opportunities', rating: 3 },
      { competency: 'balance-life-and-work', rating: 2 },
      { competency: 'see-the-big-picture', rating: 1 },
    ],
  });
  expect(first.ok).toBe(true);

  const progress = progressSection(page);
  await page.goto(harness.url);
  await openSiansPage(page);
  const once = 'Siân has rated 6 areas once so far; the next rating will show any change.';
  await expect(progress.summary('cdi')).toHaveText(once);
  await expect(progress.chart(once)).toBeVisible();

  await progress.start.click();
  await expect(progress.date).toBeFocused();
  await progress.rate('Grow throughout life', '3 Mostly there').check();
  await progress.rate('Explore possibilities', '3 Mostly there').check();
  await progress.rate('Manage career', '2 Getting there').check();
  await progress.rate('Create opportunities', '2 Getting there').check();
  // Chosen, then taken back: left unrated.
  await progress.rate('Balance life and work', '4 Confident').check();
  await progress.rate('Balance life and work', 'Not rated').check();
  await progress.rate('See the big picture', '2 Getting there').check();
  await progress.date.fill('25/12/2030');
  await progress.save.click();
  await expect(progress.problem).toHaveText(
    'Problem: That date is in the future. Record a self-assessment on or after the day it happens.',
  );
  await expectAccessible(page, 'client with a self-assessment under way');

  await progress.date.fill('20/11/2026');
  await progress.save.click();
  await expect(progress.done).toHaveText('Self-assessment saved.');
  await expect(progress.form).toHaveCount(0);

  const sentence =
    'Siân rated 3 of 5 areas higher now than at first, 1 lower and 1 the same (1 area rated only once so far).';
  await expect(progress.summary('cdi')).toHaveText(sentence);
  await expect(progress.chart(sentence)).toBeVisible();
  await expect(progress.chart(sentence).locator('text')).toContainText(['Grow throughout life', 'First 2', 'Now 3']);
  // Drawn at full size, not clipped by another section's styles: the section is as tall as its six rows and table.
  const drawn = await progress.region.boundingBox();
  expect(drawn?.height).toBeGreaterThan(600);
  await expect(progress.table(caption).getByRole('row')).toHaveCount(7);
  await expect(progress.row(caption, 'Explore possibilities').getByRole('cell')).toHaveText([
    '1 on 14 September 2026',
    '3 on 20 November 2026',
    'Higher by 2',
  ]);
  await expect(progress.row(caption, 'Create opportunities').getByRole('cell')).toHaveText([
    '3 on 14 September 2026',
    '2 on 20 November 2026',
    'Lower by 1',
  ]);
  await expect(progress.row(caption, 'Manage career').getByRole('cell')).toHaveText([
    '2 on 14 September 2026',
    '2 on 20 November 2026',
    'The same',
  ]);
  await expect(progress.row(caption, 'Balance life and work').getByRole('cell')).toHaveText([
    '2 on 14 September 2026',
    '2 on 14 September 2026',
    'Rated once so far',
  ]);
  await expectAccessible(page, 'client with a before-and-now chart');

  // What the screen shows is what the vault holds.
  const held = await harness.call('progress.forClient', { clientId });
  expect(held.ok && held.value.competencies.find((entry) => entry.key === 'see-the-big-picture')).toMatchObject({
    count: 2,
    first: { rating: 1 },
    latest: { rating: 2, ratedOn: '2026-11-20' },
  });
});

test('tags an interview with the CDI framework chosen in Settings and rates a tagged area there', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  const { clientId } = await vaultWithSian(harness);
  expect(await harness.call('settings.update', { competencyFramework: 'cdi' })).toMatchObject({ ok: true });
  const interviewId = await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  await page.goto(harness.url);
  await draftNotice(page).continueWith("Siân O'Neill").click();
  await expect(interview.heading("Siân O'Neill")).toBeVisible();
  await expect(interview.details).toContainText('From the CDI Career Development Framework.');
  await interview.details.getByLabel('2. Explore possibilities').check();
  await expect(interview.detailsStatus).toHaveText(/^Saved at/);
  await interview.details.getByLabel('Rate: Explore possibilities').selectOption({ label: '3 Mostly there' });
  await expect(interview.details.locator('#interview-ratings-done')).toHaveText('Rating saved.');
  await expectAccessible(page, 'interview with a competency rated');

  const held = await harness.call('interviews.get', { id: interviewId });
  expect(held.ok && held.value).toMatchObject({ competencies: [2], competencyFramework: 'cdi' });
  const progress = await harness.call('progress.forClient', { clientId });
  expect(progress.ok && progress.value.competencies).toEqual([
    expect.objectContaining({
      framework: 'cdi',
      key: 'explore-possibilities',
      first: expect.objectContaining({ rating: 3, source: 'interview' }),
    }),
  ]);
});

test('chooses the CDI framework in Settings, the Blueprint being the default', async ({ page, harness }) => {
  await vaultWithSian(harness);
  const setting = frameworkSetting(page);
  await page.goto(harness.url);
  await caseloadScreen(page).settingsLink.click();
  await expect(setting.choice).toHaveValue('blueprint');
  await setting.choice.selectOption({ label: 'The CDI Career Development Framework (six areas)' });
  await setting.save.click();
  await expect(setting.done).toHaveText(
    'Saved. New interview tags and self-assessments use this framework; earlier ones keep theirs.',
  );
  await expectAccessible(page, 'settings with the framework chosen');
  const settings = await harness.call('settings.get', {});
  expect(settings.ok && settings.value.competencyFramework).toBe('cdi');
});

test('puts the before-and-now chart in the client’s plan when the adviser ticks it', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { clientId } = await vaultWithSian(harness);
  for (const [ratedOn, rating] of [
    ['2026-09-14', 1],
    ['2026-11-20', 3],
  ] as const) {
    const saved = await harness.call('progress.recordSelfAssessment', {
      clientId,
      ratedOn,
      framework: 'blueprint',
      ratings: [{ competency: 'positive-self-image', rating }],
    });
    expect(saved.ok).toBe(true);
  }
  expect((await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' })).ok).toBe(true);
  const plan = planScreen(page);
  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await clientInterviews(page).actionPlan.click();
  await expect(plan.heading("Siân O'Neill")).toBeFocused();

  const includeChart = page.getByRole('checkbox', { name: 'Include the before-and-now progress chart' });
  await expect(includeChart).toHaveAccessibleDescription(
    'The client’s self-ratings, as on their page. Never in a shared copy.',
  );
  await includeChart.check();
  await expectAccessible(page, 'plan export with the progress chart chosen');
  const download = page.waitForEvent('download');
  await plan.exportAs('Word document').click();
  const docx = await readDocx(await downloadedBytes(await download));
  const sentence = 'Siân rated 1 of 1 competency higher now than at first.';
  expect(docx.text).toContain('How you see your progress');
  expect(docx.text).toContain(sentence);
  expect(docx.images).toBe(1);
  expect(docx.documentXml).toContain(`descr="${sentence.replace(/'/g, '&apos;')}"`);
});
