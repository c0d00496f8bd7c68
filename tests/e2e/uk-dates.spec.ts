// Dates are UK dates whatever the browser's language: in a US-English browser
// in New York a date still reads and types day first, and 03/09 is September.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { clientForm, clientScreen } from './pages/client-page';
import { createVaultDirectly } from './vault-setup';

test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

test('a date field reads and takes day, month, year in a US-English browser', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('rollImport.run', {
    organisationName: 'Parkside School',
    csv: "Surname,Forename,DOB\nO'Neill,Siân,03/09/2010\n",
    isDryRun: false,
  });
  const client = clientScreen(page);
  const form = clientForm(page);

  await page.goto(harness.url);
  await caseloadScreen(page).rowAt(0).getByRole('button').click();
  await expect(client.detail('Date of birth')).toHaveText('3 September 2010');
  await client.edit.click();
  await expect(form.dateOfBirth).toHaveValue('03/09/2010');
  await expect(form.dateOfBirth).toHaveAccessibleDescription(/Day, month, year, such as 23\/11\/2026\./);

  // An impossible date is refused in plain words, and nothing is saved.
  await form.dateOfBirth.fill('31/02/2010');
  await form.save.click();
  await expect(form.dateOfBirth).toHaveAccessibleDescription(/Enter a real date, such as 12\/03\/2026\./);
  await expectAccessible(page, 'client form with a date problem, US-English browser');

  // Typed without leading zeros, tidied on leaving the box, and saved as 4 September.
  await form.dateOfBirth.fill('4/9/2010');
  await form.dateOfBirth.blur();
  await expect(form.dateOfBirth).toHaveValue('04/09/2010');
  await form.save.click();
  await expect(client.detail('Date of birth')).toHaveText('4 September 2010');
  const clients = await harness.call('clients.list', { filter: {}, sort: 'surname', offset: 0, limit: 5 });
  expect(clients.ok && clients.value.rows[0]?.dateOfBirth).toBe('2010-09-04');
});

test('the client form flags a date of birth that does not fit the year group, and saves it as entered', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('rollImport.run', {
    organisationName: 'Parkside School',
    csv: 'Surname,Forename,DOB,Year\nHughes,Gwen,04/09/2010,11\n',
    isDryRun: false,
  });
  const client = clientScreen(page);
  const form = clientForm(page);

  await page.goto(harness.url);
  await caseloadScreen(page).rowAt(0).getByRole('button').click();
  await client.edit.click();
  await expect(form.yearGroupFlag).toHaveCount(0);
  await form.dateOfBirth.fill('14/01/2013');
  await expect(form.yearGroupFlag).toHaveText(
    'Check: Born 14/01/2013, so usually Year 9, not Year 11. Check the date of birth and year group. Waymark saves it as it is.',
  );
  await expect(form.yearGroup).toHaveAccessibleDescription(/usually Year 9, not Year 11/);
  await expectAccessible(page, 'client form with a year-group flag');
  await form.save.click();
  await expect(client.detail('Date of birth')).toHaveText('14 January 2013');
  await expect(client.detail('Year group')).toHaveText('Year 11');
});
