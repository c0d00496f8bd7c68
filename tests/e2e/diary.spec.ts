// The diary in the real UI: an adviser plans a school day (and is warned of an
// overlapping meeting), books six pupils from the school's "not seen yet"
// list, opens Today, sees who is next with last time's actions one click
// away, marks one did-not-attend and starts an interview from the next.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import type { Harness } from './harness';
import { diaryScreens } from './pages/diary-page';
import { interviewScreen } from './pages/interview-page';
import { organisationsScreen } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';
import { createVaultDirectly } from './vault-setup';

const roll = [
  'UPN,Surname,Forename,Preferred Forename,DOB,Year,Reg',
  "A1,O'Neill,Siân,,04/05/2011,11,11A",
  'A2,حسن,مريم,,01/01/2011,11,11B',
  'A3,Okafor,Chidi,,02/02/2011,11,11A',
  'A4,Brown,Alfie,,05/05/2011,11,11A',
  'A5,Patel,Anya,,06/06/2011,11,11B',
  'A6,Smith,Jack,,07/07/2011,11,11B',
  'A7,Wiśniewska,Zofia,,08/08/2011,11,11A',
].join('\n');

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' }).format(new Date());
}

/** Northfield Academy's roll, and an interview with مريم a year and more ago that agreed an action. */
async function schoolWithHistory(harness: Harness): Promise<void> {
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('roll.import', { organisationName: 'Northfield Academy', csv: roll, isDryRun: false });
  if (!imported.ok) throw new Error(`Could not import the roll: ${imported.error.message}`);
  const found = await harness.call('search.query', { text: 'مريم' });
  const maryam = found.ok ? found.value.find((result) => result.kind === 'client') : undefined;
  if (!maryam) throw new Error('مريم was not found after the import.');
  const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const interview = await harness.call('interviews.start', { clientId: maryam.id, templateId: 'grow', heldOn: longAgo });
  if (!interview.ok) throw new Error(interview.error.message);
  const action = await harness.call('interviews.addAction', { interviewId: interview.value.id, text: 'Visit the sixth-form open evening', owner: 'Client', dueOn: null });
  if (!action.ok) throw new Error(action.error.message);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')) as boolean;
}

test('plans a school day, books six pupils from "not seen yet", and runs the day from Today', async ({ page, harness }) => {
  test.setTimeout(240_000);
  await schoolWithHistory(harness);
  const diary = diaryScreens(page);
  const overview = overviewScreen(page);
  const today = londonToday();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(harness.url);

  // The week opens on this week, nothing planned yet.
  await diary.open.click();
  await expect(diary.heading).toHaveText('Diary');
  await expect(diary.subtitle).toContainText('(this week)');
  await expect(page.getByText('(today)')).toBeVisible();
  await expectAccessible(page, 'diary week');

  // Plan the school day from Today: the date starts on today's.
  await diary.today.click();
  await expect(diary.heading).toHaveText('Today');
  await expect(page.getByText('Nothing is planned for today.')).toBeVisible();
  await diary.planSession.click();
  await expect(diary.heading).toHaveText('Plan a session');
  await expect(diary.date).toHaveValue(`${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}`);
  await diary.organisation.selectOption({ label: 'Northfield Academy' });
  await diary.startsAt.fill('15:00');
  await diary.endsAt.fill('09:00');
  await diary.save.click();
  await expect(diary.endsAt).toHaveAccessibleDescription(/not after it starts/);
  await diary.startsAt.fill('09:00');
  await diary.endsAt.fill('15:00');
  await diary.room.fill('Library office');
  await expectAccessible(page, 'plan a session');
  await diary.save.click();
  await expect(diary.status).toContainText('Session planned for');
  await expect(diary.heading).toContainText('Northfield Academy');
  await expect(diary.booked).toContainText('No pupils booked. 8 slots of 45 minutes free, from 09:00.');

  // A meeting over the end of the day is allowed, but the adviser is told.
  await diary.open.click();
  await diary.planSession.click();
  await diary.organisation.selectOption({ label: 'Northfield Academy' });
  await diary.startsAt.fill('14:30');
  await diary.endsAt.fill('16:00');
  await diary.kind.selectOption({ label: 'Meeting' });
  await diary.save.click();
  await expect(diary.overlap).toContainText('This overlaps another session that day (Northfield Academy 09:00 to 15:00)');
  await expectAccessible(page, 'a session with an overlap warning');

  // Six pupils ticked in the school's "not seen yet" list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Northfield Academy').click();
  for (const name of ["Siân O'Neill", 'مريم حسن', 'Chidi Okafor', 'Alfie Brown', 'Anya Patel', 'Jack Smith']) {
    await overview.notSeen.getByRole('checkbox', { name: `Choose ${name} to book` }).check();
  }
  await overview.notSeen.getByRole('button', { name: /Book into a session/ }).click();
  await expect(diary.heading).toHaveText('Book pupils at Northfield Academy');
  // The only session for pupils is chosen; the meeting is not offered.
  await expect(page.getByRole('radio')).toHaveCount(1);
  await expect(diary.sessionChoice(/09:00 to 15:00/)).toBeChecked();
  await expect(diary.placed).toHaveText([/^09:00 Siân O'Neill/, /^09:45 مريم حسن/, /^10:30 Chidi Okafor/, /^11:15 Alfie Brown/, /^12:00 Anya Patel/, /^12:45 Jack Smith/]);
  await expectAccessible(page, 'book pupils');
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await fitsWidth(page)).toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  await diary.book.click();
  await expect(diary.status).toContainText('6 pupils booked, from 09:00 to 12:45.');
  await expect(diary.booked).toContainText('6 booked. 2 slots of 45 minutes free, from 13:30.');

  // Today: Siân is next; مريم's actions from last time are one click away.
  await diary.open.click();
  await diary.today.click();
  await expect(diary.next.getByRole('heading', { level: 3 })).toHaveText("09:00 Siân O'Neill (next)");
  const maryam = diary.appointment('مريم حسن');
  await expect(maryam.getByText('Visit the sixth-form open evening')).toBeHidden();
  await maryam.getByText('Actions agreed last time (1)').click();
  await expect(maryam.getByText('Visit the sixth-form open evening')).toBeVisible();
  await expectAccessible(page, 'today at 1366 px');
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await fitsWidth(page)).toBe(true);
  await expectAccessible(page, 'today at 1024 px');
  await page.setViewportSize({ width: 1366, height: 768 });

  // Siân does not come; مريم is next, and her interview starts from the appointment.
  await diary.didNotAttend("Siân O'Neill").click();
  await expect(diary.todayStatus).toContainText("Siân O'Neill at 09:00: did not attend.");
  await expect(diary.next.getByRole('heading', { level: 3 })).toHaveText('09:45 مريم حسن (next)');
  await diary.startInterview('مريم حسن').click();
  await expect(interviewScreen(page).heading('مريم حسن')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Diary' }).click();
  await diary.today.click();
  await expect(diary.next.getByRole('heading', { level: 3 })).toHaveText('10:30 Chidi Okafor (next)');
  await expect(diary.appointment('مريم حسن')).toContainText('Seen');
  await expect(diary.appointment("Siân O'Neill")).toContainText('Did not attend');
  // Opening it again goes to the same interview, not a new one.
  await diary.openInterview('مريم حسن').click();
  await expect(interviewScreen(page).heading('مريم حسن')).toBeVisible();

  // The week shows the day as it stands, readable at 1024 px.
  await diary.open.click();
  await expect(diary.session('09:00 to 15:00')).toContainText('4 booked, 1 seen, 1 did not attend');
  await expectAccessible(page, 'diary week with a school day at 1366 px');
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await fitsWidth(page)).toBe(true);
  await expectAccessible(page, 'diary week at 1024 px');
  // Keyboard: the next week is a Tab and an Enter away, and This week comes back.
  await diary.nextWeek.focus();
  await page.keyboard.press('Enter');
  await expect(diary.subtitle).not.toContainText('(this week)');
  await diary.thisWeek.focus();
  await page.keyboard.press('Enter');
  await expect(diary.subtitle).toContainText('(this week)');
});
