// A client's destinations in the real UI: an intended destination chosen from
// the NCCIS list, a wrong date refused in plain words, a September Guarantee
// offer and a start recorded, and the client marked as having left school
// with their record kept.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSiansPage, startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { draftNotice, interviewScreen } from './pages/interview-page';
import { destinationsSection } from './pages/destinations-page';

test('records an intended destination, an offer and a start on the client page, and marks a leaver', async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const { clientId } = await vaultWithSian(harness);
  const destinations = destinationsSection(page);
  await page.goto(harness.url);
  await openSiansPage(page);
  await expect(destinations.region).toContainText('No intended destination recorded yet.');

  await destinations.recordIntended.click();
  await expect(destinations.code).toBeFocused();
  await destinations.save.click();
  await expect(destinations.region.locator('#destination-code-error')).toContainText(
    'Choose an activity from the list',
  );
  await expect(destinations.code).toBeFocused();
  await destinations.code.selectOption('230');
  await destinations.provider.fill('Leeds City College');
  await destinations.course.fill('Art and design');
  await destinations.level.fill('3');
  await destinations.date.fill('01/01/2001');
  await destinations.save.click();
  await expect(destinations.region.locator('#destination-problem')).toContainText('before their date of birth');
  await destinations.date.fill('20/11/2026');
  await destinations.save.click();
  await expect(destinations.done).toHaveText('Intended destination recorded.');
  await expect(destinations.entries('Intended destination')).toHaveCount(1);
  await expect(destinations.entries('Intended destination').first()).toContainText(
    '20 November 2026 230 Full-time education: further education (latest)',
  );
  await expect(destinations.entries('Intended destination').first()).toContainText(
    'Leeds City College, Art and design, level 3',
  );
  await expectAccessible(page, 'client with destinations');

  await destinations.recordOffer.click();
  await destinations.offerStatus.selectOption({ label: 'Offer made' });
  await destinations.provider.fill('Leeds City College');
  await destinations.date.fill('25/09/2026');
  await destinations.save.click();
  await expect(destinations.done).toHaveText('Offer recorded.');
  await expect(destinations.entries('September Guarantee').first()).toContainText(
    'Offer made (Year 11 leaver): Leeds City College',
  );

  await destinations.recordActivity.click();
  await destinations.code.selectOption('310');
  await destinations.provider.fill('Yorkshire Water');
  await destinations.startedOn.fill('04/01/2027');
  await destinations.save.click();
  await expect(destinations.done).toHaveText('Activity recorded.');
  await expect(destinations.entries('What they are doing').first()).toContainText(
    '310 Apprenticeship: Yorkshire Water',
  );
  await expect(destinations.entries('What they are doing').first()).toContainText(
    'Started 4 January 2027. Not yet confirmed.',
  );

  await destinations.markLeft.click();
  await expect(destinations.done).toContainText('Marked as left school in 2026 to 2027. Their record stays.');
  await expect(destinations.region).toContainText('Left school in 2026 to 2027.');
  await expectAccessible(page, 'client marked as left school');

  // What the screen shows is what the vault holds.
  const held = await harness.call('destinations.forClient', { clientId });
  expect(held.ok && held.value).toMatchObject({
    leftInYear: 2026,
    intended: [{ code: '230' }],
    offers: [{ status: 'offer-made' }],
    activities: [{ code: '310', startsOn: '2027-01-04' }],
  });
});

test('records an intended destination and an offer during an interview, tied to it', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { clientId } = await vaultWithSian(harness);
  const interviewId = await startInterviewDirectly(harness, clientId);
  const interview = interviewScreen(page);
  await page.goto(harness.url);
  await draftNotice(page).continueWith("Siân O'Neill").click();
  await expect(interview.heading("Siân O'Neill")).toBeVisible();
  await expect(interview.details).toContainText('No intended destination recorded yet.');

  await interview.recordDestination.click();
  const form = interview.details.locator('form.form-subsection');
  await expect(form.getByLabel('Where they intend to go')).toBeFocused();
  await form.getByLabel('Where they intend to go').selectOption('310');
  await form.getByLabel('Provider or employer').fill('Yorkshire Water');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(interview.details).toContainText('Intended: 310 Apprenticeship, Yorkshire Water');

  await interview.recordOffer.click();
  await form.getByLabel('Offer', { exact: true }).selectOption({ label: 'Offer made' });
  await form.getByLabel('Provider').fill('Yorkshire Water');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(interview.details).toContainText('Offer: Offer made, Yorkshire Water.');
  await expectAccessible(page, 'interview with a destination recorded');

  const held = await harness.call('destinations.forClient', { clientId });
  expect(held.ok && held.value.intended).toEqual([expect.objectContaining({ code: '310', interviewId })]);
});
