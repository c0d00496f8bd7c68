// A school's destinations in the real UI: where each Year 11 pupil stands,
// narrowed to a priority group, and the local authority's return with its
// columns renamed and reordered, saved for the LA, the pupil without consent
// listed with the reason, and the CSV downloaded with only the consenting
// pupil in it, logged as a disclosure.
import { parse } from 'csv-parse/sync';
import { todayInLondon } from '../../shared/dates';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, vaultWithSian } from './guidance-setup';
import { caseloadScreen } from './pages/caseload-page';
import { organisationsScreen } from './pages/organisations-page';

test("shows a school's destinations and downloads the local authority's return for those who agreed", async ({
  page,
  harness,
}) => {
  test.setTimeout(180_000);
  const { clientId } = await vaultWithSian(harness);
  const more = await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: 'UPN,Surname,Forename,DOB,Year,Looked After\nE123456789012,Okafor,Chidi,02/02/2011,11,Y',
    isDryRun: false,
  });
  expect(more.ok).toBe(true);
  const agreements = {
    shareWithTutor: false,
    shareWithParent: false,
    uploadToSchoolSystem: false,
    includeInDestinationReturns: true,
  };
  const consent = await harness.call('consent.record', {
    clientId,
    consent: {
      hasExplainedConfidentiality: true,
      agreements,
      givenBy: 'client',
      givenOn: todayInLondon(),
      method: 'written',
    },
  });
  expect(consent.ok).toBe(true);
  const intended = await harness.call('destinations.recordIntended', {
    clientId,
    recordedOn: todayInLondon(),
    code: '230',
    provider: 'Leeds City College',
    course: '',
    level: '',
    source: 'client',
  });
  expect(intended.ok).toBe(true);

  await page.goto(harness.url);
  await expect(caseloadScreen(page).heading).toBeFocused();
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await page.getByRole('button', { name: 'Destinations' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Destinations: Hillcrest School');

  const pupils = page.getByRole('region', { name: 'Pupils' });
  await expect(pupils.getByRole('row', { name: /Siân O'Neill/ })).toContainText('Intended destination');
  await expect(pupils.getByRole('row', { name: /Siân O'Neill/ })).toContainText(
    '230 Full-time education: further education',
  );
  await expect(pupils.getByRole('row', { name: /Chidi Okafor/ })).toContainText('Not asked yet');
  await page.getByLabel('Priority group').selectOption({ label: 'Looked after' });
  await expect(pupils.getByRole('row')).toHaveCount(2);
  await expect(pupils.getByRole('row', { name: /Chidi Okafor/ })).toBeVisible();
  await expectAccessible(page, 'school destinations');

  const laReturn = page.getByRole('region', { name: 'Return for the local authority' });
  await laReturn.getByLabel('Local authority', { exact: true }).fill('Leeds City Council');
  await laReturn.getByText(/^Columns and date format \(17 columns, dd\/mm\/yyyy\)$/).click();
  for (const column of [
    'Postcode',
    'School URN',
    'Offer provider',
    'Activity start date',
    'Verified date',
    'SEND or EHC plan',
    'Pupil premium',
  ]) {
    await laReturn.getByLabel(`Include ${column}`).uncheck();
  }
  await laReturn.getByLabel('Surname', { exact: true }).fill('Family name');
  await laReturn.getByRole('button', { name: 'Move Surname up' }).click();
  await laReturn.getByLabel('Date format').selectOption('yyyy-mm-dd');
  await laReturn.getByRole('button', { name: 'Save these columns' }).click();
  await expect(laReturn.locator('#la-return-done')).toHaveText('Columns saved for Leeds City Council.');

  await laReturn.getByRole('button', { name: 'Check who is included' }).click();
  await expect(laReturn).toContainText('1 pupil in the return');
  await expect(laReturn.getByRole('listitem').filter({ hasText: 'Chidi Okafor' })).toContainText(
    'No consent on record',
  );
  await expectAccessible(page, 'destination return preview');

  const downloadPromise = page.waitForEvent('download');
  await laReturn.getByRole('button', { name: 'Download the return' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Destinations Hillcrest School Year 11 \d{4} to \d{4}\.csv$/);
  const rows = parse((await downloadedBytes(download)).toString('utf8').replace(/^\ufeff/, ''), {
    columns: true,
  }) as Record<string, string>[];
  expect(rows).toEqual([
    {
      'Family name': "O'Neill",
      UPN: 'A123456789012',
      Forename: 'Siân',
      'Date of birth': '2008-02-29',
      'Year group': '11',
      'Intended destination code': '230',
      'Intended destination provider': 'Leeds City College',
      'Offer status': '',
      'Activity code': '',
      'Looked after': 'N',
    },
  ]);
  await expect(laReturn.locator('#la-return-done')).toHaveText(
    'Downloaded the return for 1 pupil; each is in the disclosure log.',
  );
  const disclosures = await harness.call('disclosures.list', { clientId });
  expect(disclosures.ok && disclosures.value.map((entry) => entry.recipient)).toEqual(['Leeds City Council']);
});
