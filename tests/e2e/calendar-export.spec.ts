// The diary as a calendar file in the real UI: from the week, the adviser
// downloads an .ics that a calendar reads (parsed with node-ical): the school
// and the time, never a pupil's name, unless initials are chosen.
import ical from 'node-ical';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { diaryScreens } from './pages/diary-page';
import { createVaultDirectly } from './vault-setup';

const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/London',
  }).format(new Date());

test('exports the diary from the week as a calendar file with no pupil named, or with initials when chosen', async ({
  page,
  harness,
}) => {
  test.setTimeout(120_000);
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Northfield Academy',
    csv: "UPN,Surname,Forename,DOB,Year\nA1,O'Neill,Siân,04/05/2011,11",
    isDryRun: false,
  });
  expect(imported.ok).toBe(true);
  const organisationId = imported.ok ? imported.value.organisationId : '';
  const session = await harness.call('diary.saveSession', {
    organisationId: organisationId ?? '',
    heldOn: londonToday(),
    startsAt: '09:00',
    endsAt: '12:00',
    kind: 'interviews',
    slotMinutes: 45,
    room: 'Library',
    notes: 'Bring the options booklets',
  });
  expect(session.ok).toBe(true);
  const found = await harness.call('search.query', { text: 'sian' });
  const sian = found.ok ? found.value.find((result) => result.kind === 'client') : undefined;
  const booked = await harness.call('diary.book', {
    sessionId: session.ok ? session.value.session.id : '',
    clientIds: [sian?.id ?? ''],
  });
  expect(booked.ok).toBe(true);

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await diaryScreens(page).open.click();
  await page.getByRole('button', { name: 'Export to calendar…' }).click();
  const form = page.getByRole('region', { name: 'Export to calendar' });
  await form.getByLabel('Include each appointment').check();
  await expectAccessible(page, 'calendar export');

  const plain = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download the calendar file' }).click();
  const plainText = (await downloadedBytes(await plain)).toString('utf8');
  const summaries = Object.values(ical.sync.parseICS(plainText)).flatMap((entry) =>
    entry?.type === 'VEVENT' ? [String(entry.summary)] : [],
  );
  expect(summaries).toEqual(expect.arrayContaining(['Careers guidance at Northfield Academy', 'Appointment']));
  expect(plainText).not.toMatch(/Siân|O'Neill|options booklets/);

  await form.getByLabel('Appointments show').selectOption('initials');
  const withInitials = page.waitForEvent('download');
  await form.getByRole('button', { name: 'Download the calendar file' }).click();
  const initialsText = (await downloadedBytes(await withInitials)).toString('utf8');
  expect(initialsText).toContain('Appointment: S. O.');
  expect(initialsText).not.toMatch(/Siân|O'Neill/);
  await expect(form.locator('#calendar-export-done')).toContainText('Import it into your calendar');
});
