// Group work in the real UI: a session recorded from a school's overview with
// pupils chosen by year group, tutor group and name; each pupil attending is
// seen this year and has it on their timeline, but Benchmark 8 still counts
// only guidance interviews.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import { clientScreen } from './pages/client-page';
import { groupSessionScreen } from './pages/first-week-pages';
import { overviewScreen } from './pages/overview-page';
import { organisationsScreen } from './pages/organisations-page';
import { searchBox } from './pages/search-box';

test('records a group session; attendance counts as contact, not as a Benchmark 8 interview', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await vaultWithSian(harness);
  const overview = overviewScreen(page);
  const session = groupSessionScreen(page);
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await expect(overview.heading('Hillcrest School')).toBeFocused();
  await expect(overview.yearGroupRow('Year 11').getByRole('cell')).toHaveText(['1', '0', '0']);
  await expect(overview.benchmarkRow('Year 11').getByRole('cell')).toHaveText(['At least one', '0 of 1']);
  const sessions = page.getByRole('region', { name: 'Group sessions and drop-ins' });
  await expect(sessions).toContainText('No group sessions recorded.');

  await sessions.getByRole('button', { name: 'Record a group session' }).click();
  await expect(session.heading).toHaveText('Record a group session at Hillcrest School');
  await session.title.fill('Year 11 group session on post-16 options');
  await session.minutes.fill('50');
  await session.save.click();
  await expect(session.problem).toContainText('Choose at least one pupil who attended.');

  // By year group, then by name within the whole school.
  await session.yearGroup.selectOption({ label: 'Year 11' });
  await expect(session.pupils.getByRole('listitem')).toHaveCount(1);
  await session.pupil(/Siân O'Neill/).check();
  await session.yearGroup.selectOption({ label: 'Any year group' });
  await session.search.fill('wiś');
  await expect(session.pupils.getByRole('listitem')).toHaveCount(1);
  await session.chooseAllShown.click();
  await expect(session.count).toContainText('2 pupils chosen.');
  await session.search.fill('');
  await session.yearGroup.selectOption({ label: 'Year 9' });
  await session.tutorGroup.selectOption('9A');
  await expect(session.pupils.getByRole('listitem')).toHaveCount(1);
  await expect(session.pupils).toContainText('مريم حسن');
  await expectAccessible(page, 'record a group session');
  // Fits a small laptop screen without sideways scrolling.
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 860 });
  await session.save.click();

  await expect(overview.heading('Hillcrest School')).toBeVisible();
  await expect(overview.status).toContainText('recorded: 2 pupils attended.');
  await expect(sessions).toContainText('Year 11 group session on post-16 options');
  await expect(sessions).toContainText('Group session, 2 pupils, 50 minutes');
  // Seen this year (contact), but no nearer Benchmark 8, which asks for a guidance interview.
  await expect(overview.yearGroupRow('Year 11').getByRole('cell')).toHaveText(['1', '1', '1']);
  await expect(overview.yearGroupRow('Year 10').getByRole('cell')).toHaveText(['1', '1', '1']);
  await expect(overview.benchmarkRow('Year 11').getByRole('cell')).toHaveText(['At least one', '0 of 1']);
  await expect(overview.notSeen).not.toContainText("Siân O'Neill");
  await expect(overview.recordedHours).toContainText('0.83 hours');
  await expectAccessible(page, 'organisation overview with a group session');

  // The pupil's timeline shows it as contact.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  const client = clientScreen(page);
  await expect(client.heading("Siân O'Neill")).toBeFocused();
  await expect(client.timeline.filter({ hasText: 'Attended: Year 11 group session on post-16 options' })).toContainText(
    'Group session, 50 minutes',
  );

  // Changing the session: Luke did not come after all.
  await client.back.click();
  await expect(overview.heading('Hillcrest School')).toBeVisible();
  await sessions.getByRole('button', { name: /Year 11 group session on post-16 options/ }).click();
  await expect(session.heading).toContainText('Group session on');
  await page.getByText('Chosen pupils (2)').click();
  await page.getByRole('button', { name: 'Take Luke Wiśniewski off the list' }).click();
  await session.save.click();
  await expect(overview.status).toContainText('1 pupil attended.');
  await expect(overview.yearGroupRow('Year 10').getByRole('cell')).toHaveText(['1', '0', '0']);
});
