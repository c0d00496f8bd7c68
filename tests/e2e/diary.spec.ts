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
import { searchBox } from './pages/search-box';
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
  return new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/London',
  }).format(new Date());
}

/** Northfield Academy's roll, and an interview with مريم a year and more ago that agreed an action. */
async function schoolWithHistory(harness: Harness): Promise<void> {
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Northfield Academy',
    csv: roll,
    isDryRun: false,
  });
  if (!imported.ok) throw new Error(`Could not import the roll: ${imported.error.message}`);
  const found = await harness.call('search.query', { text: 'مريم' });
  const maryam = found.ok ? found.value.find((result) => result.kind === 'client') : undefined;
  if (!maryam) throw new Error('مريم was not found after the import.');
  const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const interview = await harness.call('interviews.start', {
    clientId: maryam.id,
    templateId: 'grow',
    heldOn: longAgo,
  });
  if (!interview.ok) throw new Error(interview.error.message);
  const action = await harness.call('interviews.addAction', {
    interviewId: interview.value.id,
    text: 'Visit the sixth-form open evening',
    owner: 'Client',
    dueOn: null,
  });
  if (!action.ok) throw new Error(action.error.message);
}

async function fitsWidth(page: Page): Promise<boolean> {
  return (await page.evaluate(
    'document.documentElement.scrollWidth <= document.documentElement.clientWidth',
  )) as boolean;
}

test('plans a school day, books six pupils from "not seen yet", and runs the day from Today', async ({
  page,
  harness,
}) => {
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
  // With the Diary in the top bar, Lock stays whole on screen down to 1024 px.
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 700 });
    await expect(page.getByRole('button', { name: /^Lock/ })).toBeInViewport({ ratio: 1 });
  }
  await page.setViewportSize({ width: 1366, height: 768 });

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
  await expect(diary.overlap).toContainText(
    'This overlaps another session that day (Northfield Academy 09:00 to 15:00)',
  );
  await expectAccessible(page, 'a session with an overlap warning');

  // Six pupils ticked in the school's "not seen yet" list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Northfield Academy').click();
  await expect(diary.organisationDiary.getByRole('listitem')).toHaveText([
    /09:00 to 15:00 · Interviews · No pupils booked/,
    /14:30 to 16:00 · Meeting/,
  ]);
  for (const name of ["Siân O'Neill", 'مريم حسن', 'Chidi Okafor', 'Alfie Brown', 'Anya Patel', 'Jack Smith']) {
    await overview.notSeen.getByRole('checkbox', { name: `Choose ${name} to book` }).check();
  }
  await overview.notSeen.getByRole('button', { name: /Book into a session/ }).click();
  await expect(diary.heading).toHaveText('Book pupils at Northfield Academy');
  // The only session for pupils is chosen; the meeting is not offered.
  await expect(page.getByRole('radio')).toHaveCount(1);
  await expect(diary.sessionChoice(/09:00 to 15:00/)).toBeChecked();
  await expect(diary.placed).toHaveText([
    /^09:00 Siân O'Neill/,
    /^09:45 مريم حسن/,
    /^10:30 Chidi Okafor/,
    /^11:15 Alfie Brown/,
    /^12:00 Anya Patel/,
    /^12:45 Jack Smith/,
  ]);
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
  // Keyboard: Enter on Next week moves a week at a time and keeps focus there; This week comes back.
  const weekBeginning = async () => (await diary.subtitle.textContent()) ?? '';
  const thisWeek = await weekBeginning();
  await diary.nextWeek.focus();
  await page.keyboard.press('Enter');
  await expect(diary.subtitle).not.toContainText('(this week)');
  const nextWeek = await weekBeginning();
  await expect(diary.nextWeek).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(diary.subtitle).not.toHaveText(nextWeek);
  await expect(diary.day('Monday')).toContainText('Nothing planned.');
  await page.keyboard.press('Shift+Tab');
  await expect(diary.thisWeek).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(diary.subtitle).toHaveText(thisWeek);
  await expect(diary.session('09:00 to 15:00')).toBeVisible();
});

test("books from a client's page at a chosen time, refuses pupils who do not fit, and keeps a session with a pupil who did not attend", async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await schoolWithHistory(harness);
  const diary = diaryScreens(page);
  const organisations = await harness.call('organisations.list', {});
  const organisationId = organisations.ok ? organisations.value[0]?.id : undefined;
  if (!organisationId) throw new Error('The school was not created.');
  const nextWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  // Two 45-minute slots: 09:00 and 09:45.
  const planned = await harness.call('diary.saveSession', {
    organisationId,
    heldOn: nextWeek,
    startsAt: '09:00',
    endsAt: '10:30',
    kind: 'interviews',
    slotMinutes: 45,
    room: '',
    notes: '',
  });
  if (!planned.ok) throw new Error(planned.error.message);
  await page.goto(harness.url);
  // The caseload takes focus as it opens; search after that.
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload' })).toBeFocused();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await expect(diary.clientAppointments).toContainText('No appointments booked in the diary.');
  await diary.bookAppointment.click();
  await expect(diary.heading).toHaveText('Book pupils at Northfield Academy');
  await diary.startFrom.selectOption('09:45');
  await expect(diary.placed).toHaveText([/^09:45 Siân O'Neill/]);
  await diary.book.click();
  await expect(diary.status).toContainText('1 pupil booked, at 09:45.');

  // Two more pupils for the one slot left: the screen says so, and booking is refused plainly.
  await diary.bookPupils.click();
  await diary.pupilToBook(/Chidi Okafor/).check();
  await diary.pupilToBook(/Alfie Brown/).check();
  await expect(diary.placed).toHaveText([/^09:00 Chidi Okafor/, /^No slot Alfie Brown/]);
  await expect(diary.notFitting).toContainText('Only 1 slot free');
  await diary.book.click();
  await expect(diary.bookProblem).toContainText(
    'Only one slot is free in this session (09:00 to 10:30, 45 minutes each), and 2 pupils were chosen. Choose fewer pupils, or lengthen the session. Nothing was booked.',
  );
  await expectAccessible(page, 'booking refused');
  await page.getByRole('button', { name: 'Take Alfie Brown off the list' }).click();
  await diary.book.click();
  await expect(diary.status).toContainText('1 pupil booked, at 09:00.');

  // Moving Chidi past the end of the session is refused, in plain words.
  const chidi = diary.appointment('Chidi Okafor');
  await diary.changeAppointment('Chidi Okafor').click();
  await chidi.getByLabel('Time').fill('10:15');
  await chidi.getByRole('button', { name: 'Save changes' }).click();
  await expect(diary.actionProblem).toContainText(
    "10:15 is outside the session (09:00 to 10:30). Choose a time inside it, or change the session's times first.",
  );
  await expect(chidi.getByRole('heading', { level: 3 })).toHaveText('09:00 Chidi Okafor');

  // Siân does not come: the session is then part of the record and stays.
  await diary.didNotAttend("Siân O'Neill").click();
  await expect(diary.appointment("Siân O'Neill")).toContainText('Did not attend');
  await diary.removeSession.click();
  await diary.confirmRemove.click();
  await expect(diary.actionProblem).toContainText(
    'This session cannot be removed: one pupil was seen or did not attend',
  );
  await expectAccessible(page, 'a session with its pupils');

  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await expect(diary.clientAppointments).toContainText('at 09:45 · Northfield Academy · Did not attend');

  // From Benchmark 8's Year 11 list: the session is full, and the screen says so before anything is booked.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Northfield Academy').click();
  const yearEleven = overviewScreen(page).benchmarkWaiting('Year 11');
  await yearEleven.getByRole('checkbox', { name: 'Choose Anya Patel to book' }).check();
  await yearEleven.getByRole('button', { name: /^Book into a session… \(Year 11\) \(1 pupil chosen\)$/ }).click();
  await expect(diary.heading).toHaveText('Book pupils at Northfield Academy');
  await expect(diary.placed).toHaveText([/^No slot Anya Patel/]);
  await expect(diary.notFitting).toHaveText(
    'No slots are free in this session: take some pupils off, or choose another session.',
  );
});
