// Follow-ups in the real UI: the interview's follow-up date becomes the
// client's next review (client page, home page), changed or cleared on the
// client; the adviser's own plan actions make a to-do list with Done, Undo and
// Snooze.
import type { Page } from '@playwright/test';
import { formatUkDate, todayInLondon } from '../../shared/dates';
import type { PlanAction } from '../../shared/action-plans';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { followUpsPanel, nextReview } from './pages/follow-ups-page';
import { clientInterviews, draftNotice, interviewScreen } from './pages/interview-page';
import { searchBox } from './pages/search-box';

const sian = "Siân O'Neill";

function daysFromToday(days: number): string {
  const date = new Date(`${todayInLondon()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function openSian(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await expect(clientScreen(page).heading(sian)).toBeFocused();
}

const adviserAction = (id: string, text: string, dueOn: string | null): PlanAction => ({
  id,
  text,
  owner: { kind: 'adviser', name: '' },
  dueOn,
  status: 'to-do',
  notes: '',
  links: [],
  isSensitive: false,
  reviewComment: '',
});

test('the interview’s follow-up date is the client’s next review, on their page and the home page, changed or cleared on the client', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  await vaultWithSian(harness);
  const interview = interviewScreen(page);
  const review = nextReview(page);
  const followUps = followUpsPanel(page);
  const today = todayInLondon();

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await expect(followUps.reviews).toContainText('No reviews due this week.');
  await openSian(page);
  await expect(review.region).toContainText('No review date set.');
  await clientInterviews(page).start.click();
  await expect(interview.heading(sian)).toBeFocused();
  await interview.details.getByLabel('Follow-up date').fill(today);
  await expect(interview.detailsStatus).toHaveText(/^Saved at/);

  await page.getByRole('button', { name: 'Back to the client' }).click();
  await expect(clientScreen(page).heading(sian)).toBeFocused();
  await expect(review.region).toContainText(formatUkDate(today));
  await expect(clientScreen(page).detail('Review due')).toHaveText(formatUkDate(today));

  await caseloadScreen(page).caseloadLink.click();
  // The unfinished interview's notice arrives above the lists; wait for it so nothing moves under the pointer.
  await expect(draftNotice(page).region).toBeVisible();
  await expect(followUps.review(sian)).toContainText(`Hillcrest School · due ${formatUkDate(today)}`);
  await expectAccessible(page, 'home page with a review due');
  await followUps.reviews.getByRole('button', { name: sian }).click();
  await expect(clientScreen(page).heading(sian)).toBeFocused();

  // Moved by hand to next month: off this week's list.
  const later = daysFromToday(35);
  await review.change.click();
  await expect(review.date).toBeFocused();
  await review.date.fill(later);
  await review.save.click();
  await expect(review.done).toHaveText(`The next review is on ${formatUkDate(later)}.`);
  await expect(clientScreen(page).detail('Review due')).toHaveText(formatUkDate(later));
  await expectAccessible(page, 'client with a next review');
  await caseloadScreen(page).caseloadLink.click();
  await expect(followUps.reviews).toContainText('No reviews due this week.');

  await openSian(page);
  await review.clear.click();
  await expect(review.done).toHaveText('No review date is set now.');
  await expect(review.region).toContainText('No review date set.');
  const client = await harness.call('search.query', { text: 'sian' });
  const clientId = client.ok ? (client.value[0]?.id ?? '') : '';
  const saved = await harness.call('clients.get', { id: clientId });
  expect(saved.ok && saved.value.reviewDueOn).toBeNull();
});

test('the adviser’s own plan actions are a to-do list on the home page, with Done, Undo and Snooze', async ({
  page,
  harness,
}) => {
  test.setTimeout(150_000);
  const { clientId } = await vaultWithSian(harness);
  const created = await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' });
  if (!created.ok) throw new Error(created.error.message);
  const actions = [
    adviserAction('email', 'I will email your tutor about work experience', daysFromToday(-1)),
    adviserAction('college', 'I will ask the college about open days', daysFromToday(3)),
    {
      ...adviserAction('visit', 'Visit the library careers corner', null),
      owner: { kind: 'client' as const, name: '' },
    },
  ];
  await harness.call('plans.saveDraft', { planId: created.value.id, content: { ...created.value.draft, actions } });
  await harness.call('plans.finalise', { planId: created.value.id });
  const followUps = followUpsPanel(page);

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  // Only the adviser's own actions, soonest first; the client's are theirs to do.
  await expect(followUps.actionItems).toHaveCount(2);
  await expect(followUps.actionItems.nth(0)).toContainText('I will email your tutor about work experience');
  await expect(followUps.actionItems.nth(0)).toContainText(`For ${sian} · was due ${formatUkDate(daysFromToday(-1))}`);
  await expect(followUps.actionItems.nth(1)).toContainText(`by ${formatUkDate(daysFromToday(3))}`);
  await expectAccessible(page, 'home page with the adviser’s actions');

  await followUps.done('I will email your tutor').click();
  await expect(followUps.changed).toHaveText(`Done: “I will email your tutor about work experience” for ${sian}. Undo`);
  await expect(followUps.actionItems).toHaveCount(1);
  await followUps.undo.click();
  await expect(followUps.actionItems).toHaveCount(2);

  await followUps.snoozeWeek('I will ask the college').click();
  await expect(followUps.changed).toContainText(`Put off until ${formatUkDate(daysFromToday(7))}`);
  await expect(followUps.actionItems).toHaveCount(1);

  await followUps.snoozeUntilDay('I will email your tutor').click();
  await followUps.snooze('I will email your tutor').click();
  await expect(followUps.snoozeDay('I will email your tutor')).toHaveAccessibleDescription(
    /Choose the day to be reminded again\./,
  );
  await followUps.snoozeDay('I will email your tutor').fill(daysFromToday(2));
  await followUps.snooze('I will email your tutor').click();
  await expect(followUps.actions).toContainText('Nothing waiting for you.');

  // Kept across reloads, and back on the day chosen.
  await page.reload();
  await expect(followUps.actions).toContainText('Nothing waiting for you.');
  const inTwoDays = await harness.call('followUps.list', { on: daysFromToday(2) });
  expect(inTwoDays.ok && inTwoDays.value.actions.map((action) => action.text)).toEqual([
    'I will email your tutor about work experience',
  ]);
});
