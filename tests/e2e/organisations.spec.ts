// Organisations in the real UI: client counts and agreement status on the
// list, and the Benchmark 8 panel naming who is still to be seen.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import type { Harness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { organisationForm, organisationsScreen } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';

const laptops = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
];

const agreement = (change: {
  hoursPerYear?: number | null;
  daysPerYear?: number | null;
  startsOn: string;
  endsOn: string;
}) => ({
  services: [],
  hoursPerYear: null,
  daysPerYear: null,
  ratePence: null,
  rateUnit: null,
  ...change,
});

async function saveOrganisation(
  harness: Harness,
  name: string,
  organisationAgreement: ReturnType<typeof agreement>,
): Promise<void> {
  const saved = await harness.call('organisations.save', {
    name,
    kind: 'college',
    address: '',
    contacts: [],
    agreement: organisationAgreement,
  });
  if (!saved.ok) throw new Error(saved.error.message);
}

test("the organisations list counts each school's pupils and says when an agreement has ended", async ({
  page,
  harness,
}) => {
  await vaultWithSian(harness);
  await saveOrganisation(
    harness,
    'Ashdown College',
    agreement({ hoursPerYear: 40, startsOn: '2024-09-01', endsOn: '2025-07-31' }),
  );
  await saveOrganisation(
    harness,
    'Brook Sixth Form',
    agreement({ daysPerYear: 12, startsOn: '2025-09-01', endsOn: '2099-07-31' }),
  );
  const organisations = organisationsScreen(page);

  for (const viewport of laptops) {
    await page.setViewportSize(viewport);
    await page.goto(harness.url);
    await caseloadScreen(page).organisationsLink.click();
    await expect(organisations.cellsOf('Hillcrest School')).toHaveText(['School', '4', 'No agreement']);
    await expect(organisations.cellsOf('Ashdown College')).toHaveText(['College', '0', 'Ended 31 July 2025']);
    // An agreement bought in days is as current as one in hours.
    await expect(organisations.cellsOf('Brook Sixth Form')).toHaveText(['College', '0', 'Current']);
    await expectAccessible(page, `organisations at ${viewport.width} px`);
  }

  await organisations.open('Brook Sixth Form').click();
  // The agreement is in days, and says so: not "0 hours used" of nothing bought.
  await expect(overviewScreen(page).delivery).toHaveText('12 days bought: 0 used, 0 booked, 12 left.');
});

test('Benchmark 8 names the Year 11 pupils still to be seen and shows them in the caseload', async ({
  page,
  harness,
}) => {
  const { organisationId } = await vaultWithSian(harness);
  const overview = overviewScreen(page);
  const caseload = caseloadScreen(page);

  for (const viewport of laptops) {
    await page.setViewportSize(viewport);
    await page.goto(harness.url);
    await caseload.organisationsLink.click();
    await organisationsScreen(page).open('Hillcrest School').click();
    const yearEleven = overview.benchmarkWaiting('Year 11');
    await expect(yearEleven.getByRole('listitem')).toHaveText(["Siân O'Neill 11A"]);
    // Only that year group: the Year 9 and 10 pupils are not in it, and there is no Year 13 here.
    await expect(overview.benchmarkWaiting('Year 13')).toHaveCount(0);
    await expectAccessible(page, `organisation overview at ${viewport.width} px`);
  }

  await overview
    .benchmarkWaiting('Year 11')
    .getByRole('button', { name: 'Show in caseload: Year 11 pupils still to be seen' })
    .click();
  await expect(caseload.heading).toBeVisible();
  await expect(caseload.total).toHaveText(/^1 client/);
  await expect(caseload.nameButtons).toHaveText(["O'Neill, Siân"]);
  await expect(caseload.organisationFilter).toHaveValue(organisationId);
  await expect(caseload.yearFilter).toHaveValue('11');
  await expect(page.getByLabel('Benchmark 8')).toHaveValue('not-met');
});

test('editing an organisation keeps every term of its agreement, and a purchase order of 200 characters is refused plainly', async ({
  page,
  harness,
}) => {
  await vaultWithSian(harness);
  const terms = {
    ...agreement({ startsOn: '2026-09-01', endsOn: '2027-07-31' }),
    boughtUnit: 'half-day' as const,
    boughtQuantity: 20,
    hoursPerDay: 6.5,
    doesNonAttendanceCount: false,
    ratePence: 17_500,
    rateUnit: 'half-day' as const,
    paymentDays: 14,
    billingName: 'Brook Learning Trust',
    billingAddress: '1 Trust Way\nLeeds LS1 1AA',
    purchaseOrder: 'PO-4471',
  };
  const added = await harness.call('organisations.save', {
    name: 'Brook Sixth Form',
    kind: 'college',
    address: '',
    contacts: [],
    agreement: terms,
  });
  if (!added.ok) throw new Error(added.error.message);
  const form = organisationForm(page);
  await page.goto(harness.url);
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Brook Sixth Form').click();
  await overviewScreen(page).edit.click();
  await expect(form.boughtIn).toHaveValue('half-day');
  await expect(form.boughtQuantity).toHaveValue('20');
  await expect(form.doesNonAttendanceCount).not.toBeChecked();
  await expect(form.paymentDays).toHaveValue('14');
  await expectAccessible(page, 'the agreement fields');

  await form.purchaseOrder.fill('P'.repeat(200));
  await form.save.click();
  await expect(page.getByText('The purchase order number can be at most 100 characters.').first()).toBeVisible();
  await form.purchaseOrder.fill('PO-4471');
  await form.address.fill('Brook Lane, Leeds');
  await form.save.click();
  await expect(overviewScreen(page).heading('Brook Sixth Form')).toBeFocused();
  await expect(overviewScreen(page).delivery).toHaveText('20 half days bought: 0 used, 0 booked, 20 left.');

  const saved = await harness.call('organisations.get', {
    id: (await organisationId(harness, 'Brook Sixth Form')) ?? '',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  expect(saved.value.agreement).toEqual({ ...terms, hoursPerYear: null, daysPerYear: null });
});

async function organisationId(harness: Harness, name: string): Promise<string | undefined> {
  const listed = await harness.call('organisations.list', {});
  return listed.ok ? listed.value.find((organisation) => organisation.name === name)?.id : undefined;
}

test('the overview says calmly when most of the agreement is used, and firmly when all of it is', async ({
  page,
  harness,
}) => {
  const { organisationId } = await vaultWithSian(harness);
  const terms = {
    ...agreement({ startsOn: '2000-09-01', endsOn: '2099-07-31' }),
    boughtUnit: 'day' as const,
    boughtQuantity: 2.5,
    ratePence: 35_000,
    rateUnit: 'day' as const,
  };
  const saved = await harness.call('organisations.save', {
    id: organisationId,
    name: 'Hillcrest School',
    kind: 'school',
    address: '',
    contacts: [],
    agreement: terms,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  const heldDay = (heldOn: string) =>
    harness.call('diary.saveSession', {
      organisationId,
      heldOn,
      startsAt: '09:00',
      endsAt: '15:00',
      kind: 'interviews',
      slotMinutes: 45,
      room: '',
      notes: '',
    });
  await heldDay(day(3));
  await heldDay(day(2));
  const overview = overviewScreen(page);
  await page.goto(harness.url);
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await expect(overview.delivery).toHaveText('2.5 days bought: 2 used, 0 booked, 0.5 left.');
  await expect(overview.deliveryWarning).toHaveText(/^Nearly used: at least 80 % of what was bought has been used/);
  await expectAccessible(page, 'the overview with a note on the agreement');

  await heldDay(day(1));
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await expect(overview.delivery).toHaveText('2.5 days bought: 3 used, 0 booked, 0.5 days over.');
  await expect(overview.deliveryWarning).toHaveText(/^Over: more has been delivered than was bought/);
});
