// The interview screen in front of the young person: nothing scolds before
// the adviser has done anything, stages with notes are ticked, and the
// keyboard shortcuts are behind a "?".
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { draftNotice, interviewScreen } from './pages/interview-page';

const sian = "Siân O'Neill";

test('adding a score shows no problem before a score is chosen, and saves once one is', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  await page.goto(harness.url);
  await draftNotice(page).continueWith(sian).click();
  await expect(interview.heading(sian)).toBeVisible();

  await interview.addScore.click();
  const score = interview.score(1).getByLabel('Score (1 to 10)');
  await expect(score).toBeFocused();
  await expect(interview.score(1)).toContainText('Saved once a score is chosen.');
  // The rest of the details save as before; the new row waits quietly.
  await expect(interview.detailsStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await expect(interview.details.getByRole('alert')).toHaveText('');
  await expect(interview.details).not.toContainText('Not saved');
  await expect(interview.details).not.toContainText('Choose a score');
  await expect(score).not.toHaveAttribute('aria-invalid', 'true');

  await score.selectOption('6');
  await expect(interview.score(1)).not.toContainText('Saved once a score is chosen.');
  await expect
    .poll(async () => {
      const saved = await harness.call('interviews.drafts', {});
      const interviewId = saved.ok ? saved.value[0]?.id : undefined;
      const read = interviewId ? await harness.call('interviews.get', { id: interviewId }) : null;
      return read?.ok ? read.value.scores : [];
    })
    .toEqual([{ label: 'Confidence', score: 6 }]);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`ticks the stages with notes and keeps the shortcuts behind "?" at ${viewport.width} px`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize(viewport);
    const { clientId } = await vaultWithSian(harness);
    await startInterviewDirectly(harness, clientId);
    const interview = interviewScreen(page);
    await page.goto(harness.url);
    await draftNotice(page).continueWith(sian).click();
    await expect(interview.heading(sian)).toBeVisible();

    await expect(interview.stage('Goal')).not.toContainText('✓');
    await interview.notesFor('Goal').fill('Wants to work with animals.');
    await interview.nextStage.click();
    await expect(interview.stage('Goal')).toContainText('✓');
    await expect(interview.stage('Goal')).toHaveAccessibleName('Goal (has notes)');
    await expect(interview.stage('Reality')).not.toContainText('✓');

    const help = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await expect(help).toHaveText('?');
    await expect(page.locator('.shortcut-list')).toBeHidden();
    await help.click();
    await expect(help).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.shortcut-list')).toContainText('Alt+↓Next stage');
    await expect(page.locator('.shortcut-list')).toContainText('Alt+↑Previous stage');
    await expectAccessible(page, `interview at ${viewport.width} px`);
  });
}
