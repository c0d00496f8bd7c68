// The caseload in the real UI: importing a roll, finding and moving a pupil,
// organisation overviews, the virtualised list, adviser checks, and axe on
// every caseload screen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Request } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { clientForm, clientScreen } from './pages/client-page';
import { createVaultScreen } from './pages/create-vault-page';
import { demoOffer } from './pages/demo-offer';
import { importRollScreen } from './pages/import-roll-page';
import { organisationForm, organisationsScreen } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';
import { searchBox } from './pages/search-box';
import { settingsScreen } from './pages/settings-page';
import { createVaultDirectly } from './vault-setup';

const simsExport = readFileSync(fileURLToPath(new URL('../fixtures/rolls/sims-export.csv', import.meta.url)), 'utf8');

/** The SIMS fixture (BOM, CRLF, Siân, Łukasz "Luke", an injection attempt, Arabic names) plus two more Year 11 pupils. */
const hillcrestRoll = `${simsExport}E123456789012,Khan,Aisha,,03/10/2010,11,11B,N,N\r\nF123456789012,Murphy,Ciarán,,14/01/2011,11,11A,K,Y\r\n`;

async function openDemoPractice(page: Page): Promise<void> {
  await expect(createVaultScreen(page).heading).toBeVisible();
  await demoOffer(page).open.click();
  await expect(caseloadScreen(page).heading).toBeVisible({ timeout: 30_000 });
  await expect(caseloadScreen(page).total).toHaveText('600 clients');
}

test('imports a roll, finds Siân by typing "sian", moves her to another school, and both overviews follow', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  const caseload = caseloadScreen(page);
  const roll = importRollScreen(page);
  const search = searchBox(page);
  const client = clientScreen(page);
  const overview = overviewScreen(page);
  const organisations = organisationsScreen(page);
  const organisationFields = organisationForm(page);

  await page.goto(harness.url);
  await expect(caseload.emptyState).toBeVisible();

  // Import: a new school by name, the CSV checked first, nothing written until asked.
  await caseload.importLink.click();
  await expect(roll.heading).toBeFocused();
  await roll.chooseNewSchool('Hillcrest School');
  await roll.chooseFile('sims-export.csv', hillcrestRoll);
  await roll.check.click();
  await expect(roll.previewHeading).toBeFocused();
  await expect(roll.readAs('UPN')).toHaveText('UPN');
  await expect(roll.readAs('Legal Surname')).toHaveText('Surname');
  await expect(roll.readAs('Legal Forename')).toHaveText('Forename');
  await expect(roll.readAs('Preferred Forename')).toHaveText('Preferred name');
  await expect(roll.readAs('DOB')).toHaveText('Date of birth');
  await expect(roll.readAs('Reg')).toHaveText('Tutor group');
  await expect(roll.readAs('SEN Status')).toHaveText('SEND status');
  await expect(roll.count('Pupils read from the file')).toHaveText('6');
  await expect(roll.count('New pupils to add')).toHaveText('6');
  await expect(roll.count('Pupils to update')).toHaveText('0');
  await expect(roll.count('Rows with problems, to be left out')).toHaveText('0');
  const beforeImport = await harness.call('organisations.list', {});
  expect(beforeImport.ok && beforeImport.value).toEqual([]);

  await roll.importButton.click();
  await expect(roll.result).toContainText(
    'Hillcrest School: 6 new pupils added, 0 pupils updated, 0 pupils already up to date.',
  );
  await roll.openOverview.click();
  await expect(overview.heading('Hillcrest School')).toBeFocused();
  await expect(overview.yearGroupRow('Year 11').getByRole('cell').first()).toHaveText('3');
  await expect(overview.benchmarkRow('Year 11').getByRole('cell').last()).toHaveText('0 of 3');
  await expect(overview.benchmarkSentences.first()).toHaveText(
    '0 of 3 Year 11 pupils have had at least one guidance interview; 3 still need to be seen.',
  );
  await expect(overview.notSeen.getByRole('button', { name: "Siân O'Neill" })).toBeVisible();

  // A second school, through the Organisations screen.
  await caseload.organisationsLink.click();
  await organisations.add.click();
  await expect(organisationFields.heading).toBeFocused();
  await organisationFields.name.fill('Riverside Academy');
  await organisationFields.contact('Careers leader', 'name').fill('Ms Okoro');
  await organisationFields.service('Interview caseload').check();
  await organisationFields.boughtIn.selectOption({ label: 'Hours' });
  await organisationFields.boughtQuantity.fill('60');
  await organisationFields.rate.fill('350');
  await organisationFields.startsOn.fill('2026-09-01');
  await organisationFields.save.click();
  await expect(overview.heading('Riverside Academy')).toBeFocused();
  await expect(overview.status).toHaveText('Riverside Academy added.');
  await expect(overview.yearGroups).toHaveCount(0);
  await expect(overview.benchmarkRow('Year 11').getByRole('cell').last()).toHaveText('0 of 0');
  await expect(overview.delivery).toHaveText('60 hours bought: 0 used, 0 booked, 60 left.');

  // Search folds accents: "sian" finds Siân.
  await search.input.fill('sian');
  await search.option(/Siân O'Neill/).click();
  await expect(client.heading("Siân O'Neill")).toBeFocused();
  await expect(client.detail('Date of birth')).toHaveText('29 February 2008');
  await expect(client.detail('Organisation')).toHaveText('Hillcrest School');

  await client.moveTo.selectOption({ label: 'Riverside Academy' });
  await client.move.click();
  await expect(page.getByText("Move Siân O'Neill from Hillcrest School to Riverside Academy?")).toBeVisible();
  await client.confirmMove.click();
  await expect(client.status).toHaveText('Moved to Riverside Academy. Their interviews and history moved with them.');
  await expect(client.detail('Organisation')).toHaveText('Riverside Academy');
  await expect(client.history.getByRole('table', { name: 'Organisations over time' }).getByRole('row')).toHaveCount(3);

  // Each school's overview follows: Hillcrest's Year 11 goes down by one, Riverside's up.
  await client.detail('Organisation').getByRole('button').click();
  await expect(overview.heading('Riverside Academy')).toBeFocused();
  await expect(overview.yearGroupRow('Year 11').getByRole('cell').first()).toHaveText('1');
  await expect(overview.benchmarkRow('Year 11').getByRole('cell').last()).toHaveText('0 of 1');

  await search.input.fill('hillcrest');
  await search.option(/^Hillcrest School/).click();
  await expect(overview.heading('Hillcrest School')).toBeFocused();
  await expect(overview.yearGroupRow('Year 11').getByRole('cell').first()).toHaveText('2');
  await expect(overview.benchmarkRow('Year 11').getByRole('cell').last()).toHaveText('0 of 2');
  await expect(overview.notSeen.getByRole('button', { name: "Siân O'Neill" })).toHaveCount(0);
});

test('a roll with bad rows lists each problem by its spreadsheet row; a bad file is refused and nothing is written', async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  const roll = importRollScreen(page);
  const importRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/rollImport.run')) importRequests.push(request.url());
  });

  await page.goto(harness.url);
  await caseloadScreen(page).importLink.click();
  await roll.chooseNewSchool('Parkside School');

  // Larger than the limit: refused before the file is even read.
  await roll.chooseFile('whole-trust.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
  await expect(roll.file).toHaveAccessibleDescription(/larger than the 5 MB Waymark accepts/);
  await roll.check.click();
  await expect(roll.file).toBeFocused();
  expect(importRequests).toEqual([]);

  // Semicolons between columns: main refuses the whole file, announced as an alert.
  await roll.chooseFile('semicolons.csv', 'UPN;Surname;Forename;DOB\r\nK1;Adams;Amy;01/02/2011\r\n');
  await roll.check.click();
  await expect(roll.problem).toHaveRole('alert');
  await expect(roll.problem).toContainText('This file uses semicolons between columns.');
  await expect(roll.problem).toContainText('Nothing was imported.');
  await expect(roll.preview).toHaveCount(0);

  const badRows = [
    'UPN,Surname,Forename,DOB,Year,House',
    'K100000000001,Adams,Amy,01/02/2011,11,Red',
    'K100000000002,Brown,,02/02/2011,11,Blue',
    'K100000000003,Clarke,Cal,31/02/2011,11,Green',
    'K100000000004,Dunn,Dee,03/03/2011,Year 15,Red',
    'K100000000001,Evans,Eve,04/04/2011,11,Red',
  ].join('\r\n');
  await roll.chooseFile('parkside.csv', `${badRows}\r\n`);
  await roll.check.click();
  await expect(roll.previewHeading).toBeFocused();
  await expect(roll.readAs('House')).toHaveText('Not used');
  await expect(roll.count('Pupils read from the file')).toHaveText('5');
  await expect(roll.count('New pupils to add')).toHaveText('1');
  await expect(roll.count('Rows with problems, to be left out')).toHaveText('4');
  const problemRows = roll.problems.locator('tbody tr');
  await expect(problemRows).toHaveText([
    /^3\s*Brown\s*Missing forename\.$/,
    /^4\s*Cal Clarke\s*Impossible date of birth "31\/02\/2011"/,
    /^5\s*Dee Dunn\s*Year group "Year 15" is not one Waymark recognises/,
    /^6\s*Eve Evans\s*UPN K100000000001 is repeated in this file \(first on row 2\)\.$/,
  ]);
  await expect(roll.importButton).toHaveText('Import 1 pupil');
  // The preview was a dry run: not even the new school exists yet.
  const organisations = await harness.call('organisations.list', {});
  expect(organisations.ok && organisations.value).toEqual([]);
});

test.describe('with the demo practice', () => {
  test.use({ isDemoOffered: true });

  test('keeps the caseload list virtualised: few rows in the page, later names load on scrolling', async ({
    page,
    harness,
  }) => {
    const caseload = caseloadScreen(page);
    await page.goto(harness.url);
    await openDemoPractice(page);
    await expect(caseload.demoBanner).toBeVisible();

    await expect(caseload.rowAt(0).getByRole('button')).toBeVisible();
    const firstName = (await caseload.rowAt(0).getByRole('button').textContent()) ?? '';
    expect(await caseload.rows.count()).toBeLessThan(100);
    await expect(caseload.rowAt(599)).toHaveCount(0);

    await caseload.scrollToEnd();
    const lastButton = caseload.rowAt(599).getByRole('button');
    await expect(lastButton).toBeVisible();
    const lastName = (await lastButton.textContent()) ?? '';
    expect(lastName.localeCompare(firstName, 'en-GB')).toBeGreaterThan(0);
    expect(await caseload.rows.count()).toBeLessThan(100);
    await expect(caseload.rowAt(0)).toHaveCount(0);

    // The keyboard moves through the list too: Home, then Down, then End.
    await lastButton.focus();
    await page.keyboard.press('Home');
    await expect(caseload.rowAt(0).getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(caseload.rowAt(1).getByRole('button')).toBeFocused();
    await page.keyboard.press('End');
    await expect(caseload.rowAt(599).getByRole('button')).toBeFocused();
    expect(await caseload.rows.count()).toBeLessThan(100);

    // Filters narrow the same list.
    await caseload.yearFilter.selectOption({ label: 'Year 11' });
    await expect(caseload.total).toHaveText(/^\d+ clients? match these filters$/);
    await expect(caseload.rowAt(0).getByRole('cell').first()).toHaveText('Year 11');

    // Locking the demo returns to the adviser's own (not yet created) vault.
    await caseload.lock.click();
    await expect(createVaultScreen(page).heading).toBeVisible();
    await expect(demoOffer(page).open).toBeVisible();
  });

  test('every caseload screen passes axe', async ({ page, harness }) => {
    // Twelve screens, each checked by axe: about a minute on a 2-core machine.
    test.setTimeout(150_000);
    const caseload = caseloadScreen(page);
    const client = clientScreen(page);
    const clientFields = clientForm(page);
    const organisations = organisationsScreen(page);
    const organisationFields = organisationForm(page);
    const overview = overviewScreen(page);
    const roll = importRollScreen(page);
    const settings = settingsScreen(page);
    const search = searchBox(page);

    await page.goto(harness.url);
    await expect(demoOffer(page).region).toBeVisible();
    await expectAccessible(page, 'create vault with the demo offer');
    await openDemoPractice(page);
    await expect(caseload.rowAt(0).getByRole('button')).toBeVisible();
    await expectAccessible(page, 'caseload with data');

    await search.input.fill('a');
    await expect(search.results).toBeVisible();
    await expectAccessible(page, 'search results');
    await search.input.press('Escape');

    await caseload.rowAt(0).getByRole('button').click();
    await expect(client.heading(/.+/)).toBeFocused();
    await expectAccessible(page, 'client');
    await client.moveTo.selectOption({ index: 1 });
    await client.move.click();
    await expect(client.confirmMove).toBeVisible();
    await expectAccessible(page, 'client with the move question');

    await client.edit.click();
    await expect(clientFields.surname).toBeVisible();
    await expectAccessible(page, 'client edit form');
    await clientFields.surname.fill('');
    await clientFields.save.click();
    await expect(clientFields.surname).toBeFocused();
    await expect(clientFields.surname).toHaveAccessibleDescription(/The surname is required\./);
    await expectAccessible(page, 'client edit form with a problem');

    await caseload.organisationsLink.click();
    await expect(organisations.table).toBeVisible();
    await expectAccessible(page, 'organisations');
    await organisations.add.click();
    await expect(organisationFields.name).toBeVisible();
    await expectAccessible(page, 'organisation form');
    await organisationFields.rate.fill('three hundred');
    await organisationFields.save.click();
    await expect(organisationFields.name).toBeFocused();
    await expect(organisationFields.rate).toHaveAccessibleDescription(/Enter the rate in pounds/);
    await expectAccessible(page, 'organisation form with problems');

    await caseload.organisationsLink.click();
    await organisations.open('Northfield Academy').click();
    await expect(overview.yearGroups).toBeVisible();
    await expectAccessible(page, 'organisation overview');

    await caseload.importLink.click();
    await roll.chooseNewSchool('Hillcrest School');
    await roll.chooseFile('sims-export.csv', simsExport);
    await roll.check.click();
    await expect(roll.previewHeading).toBeFocused();
    await expectAccessible(page, 'import preview');

    await caseload.settingsLink.click();
    await settings.check('DBS check', 'Reference').fill('001234567890');
    await settings.check('DBS check', 'Checked on').fill('2024-01-15');
    await settings.check('DBS check', 'Due for renewal on').fill('2020-01-15');
    await settings.saveChecks.click();
    await expect(settings.check('DBS check', 'Due for renewal on')).toHaveAccessibleDescription(
      /before the date it was checked/,
    );
    await settings.check('DBS check', 'Due for renewal on').fill('2027-01-15');
    await settings.saveChecks.click();
    await expect(settings.checksDone).toHaveText(/^Saved\./);
    await expectAccessible(page, 'settings with checks');
  });
});

test('a check due for renewal shows as a calm reminder on the caseload', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const caseload = caseloadScreen(page);
  const settings = settingsScreen(page);
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const longAgo = '2020-05-01';

  await page.goto(harness.url);
  await expect(caseload.heading).toBeVisible();
  await expect(caseload.reminders).toHaveCount(0);
  await caseload.settingsLink.click();
  await settings.check('DBS check', 'Due for renewal on').fill(inAMonth);
  await settings.check('Indemnity insurance', 'Due for renewal on').fill(longAgo);
  await settings.saveChecks.click();
  await expect(settings.checksDone).toHaveText(/^Saved\./);

  await caseload.caseloadLink.click();
  await expect(caseload.reminders).toContainText(/DBS check is due for renewal on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  await expect(caseload.reminders).toContainText(
    'Indemnity insurance is overdue for renewal: it was due on 1 May 2020.',
  );
  await expect(caseload.reminders.getByRole('alert')).toHaveCount(0);
});

test('search and open a client, then an organisation, with the keyboard alone', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: simsExport,
    isDryRun: false,
  });
  expect(imported.ok, imported.ok ? '' : imported.error.message).toBe(true);
  const caseload = caseloadScreen(page);
  const search = searchBox(page);

  await page.goto(harness.url);
  await expect(caseload.heading).toBeFocused();
  await page.keyboard.press('Control+K');
  await expect(search.input).toBeFocused();
  await page.keyboard.type('lukasz');
  await expect(search.option(/Łukasz \(Luke\) Wiśniewski/)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(search.option(/Łukasz \(Luke\) Wiśniewski/)).toHaveAttribute('aria-selected', 'true');
  await expect(search.input).toHaveAttribute('aria-activedescendant', /.+/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Luke Wiśniewski' })).toBeFocused();
  await expect(search.input).toHaveValue('');

  // Escape clears the box and closes the list.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('hill');
  await expect(search.option(/^Hillcrest School/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(search.input).toHaveValue('');
  await expect(search.results).toBeHidden();
  // Typed again, the answer already given for "hill" shows at once while main is asked afresh. An answer
  // to the "h" typed on the way, arriving late, must not take the list away from under Enter.
  const asked = (text: string) => (request: Request) =>
    request.url().endsWith('/api/search.query') && (request.postDataJSON() as { text: string }).text === text;
  await page.route('**/api/search.query', async (route) => {
    await new Promise((done) => setTimeout(done, asked('hill')(route.request()) ? 3_000 : 300));
    await route.continue();
  });
  const askedAgain = page.waitForRequest(asked('hill'));
  await page.keyboard.type('hill');
  await expect(search.option(/^Hillcrest School/)).toBeVisible();
  // "h" has been answered (main is asked for "hill" only then), and "hill" not yet.
  await askedAgain;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hillcrest School' })).toBeFocused();
});

test('ending an agreement archives the organisation and keeps its pupils', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  await harness.call('rollImport.run', { organisationName: 'Hillcrest School', csv: simsExport, isDryRun: false });
  const caseload = caseloadScreen(page);
  const organisations = organisationsScreen(page);
  const overview = overviewScreen(page);

  await page.goto(harness.url);
  await caseload.organisationsLink.click();
  await organisations.open('Hillcrest School').click();
  await overview.endsOn.fill('2027-07-31');
  await overview.endAgreement.click();
  await expect(
    page.getByText('End the agreement with Hillcrest School on 31 July 2027 and archive it? Nothing is deleted.'),
  ).toBeVisible();
  await overview.confirmEnd.click();
  await expect(overview.status).toHaveText(
    'The agreement ended on 31 July 2027 and Hillcrest School is archived. Nothing was deleted.',
  );
  await expect(overview.subtitle).toContainText('Archived: agreement ended 31 July 2027');

  await caseload.organisationsLink.click();
  await expect(organisations.open('Hillcrest School')).toHaveCount(0);
  await organisations.showArchived.check();
  await expect(organisations.table.getByRole('row', { name: /Hillcrest School/ })).toContainText('Archived');
  const client = await harness.call('search.query', { text: 'sian' });
  expect(client.ok && client.value.map((result) => result.title)).toEqual(["Siân O'Neill"]);
});

test("adds a client from a school's overview, edits them, and shows main's refusal of a duplicate organisation", async ({
  page,
  harness,
}) => {
  await createVaultDirectly(harness, { isLocked: false });
  const saved = await harness.call('organisations.save', {
    name: 'Hillcrest School',
    kind: 'school',
    address: '',
    contacts: [],
    agreement: null,
  });
  expect(saved.ok).toBe(true);
  const caseload = caseloadScreen(page);
  const organisations = organisationsScreen(page);
  const organisationFields = organisationForm(page);
  const overview = overviewScreen(page);
  const client = clientScreen(page);
  const fields = clientForm(page);

  await page.goto(harness.url);
  await expect(caseload.emptyState).toHaveAccessibleName('No clients yet');
  await caseload.organisationsLink.click();
  await organisations.open('Hillcrest School').click();
  await overview.addClient.click();
  await expect(fields.heading('Add a client')).toBeFocused();
  await expect(fields.organisation.locator('option:checked')).toHaveText('Hillcrest School');
  await fields.save.click();
  await expect(fields.forename).toBeFocused();
  await expect(fields.forename).toHaveAccessibleDescription(/The forename is required\./);

  await fields.forename.fill('Zofia');
  await fields.surname.fill('Nowak');
  await fields.preferredName.fill('Zosia');
  await fields.dateOfBirth.fill('2011-05-04');
  await fields.yearGroup.selectOption({ label: 'Year 10' });
  await fields.send.selectOption({ label: 'SEN support' });
  await fields.pupilPremium.check();
  await fields.aboutMe.fill('Likes drawing.\nWants to work with animals.');
  await fields.save.click();
  await expect(client.heading('Zosia Nowak')).toBeFocused();
  await expect(client.status).toHaveText('Client added.');
  await expect(client.detail('Legal name')).toHaveText('Zofia Nowak');
  await expect(client.detail('Date of birth')).toHaveText('4 May 2011');
  await expect(client.detail('SEND')).toHaveText('SEN support');
  await expect(client.detail('Pupil premium')).toHaveText('Yes');

  await client.edit.click();
  await expect(fields.heading('Edit Zosia Nowak')).toBeFocused();
  await fields.provisionLevel.selectOption({ label: 'Intensive' });
  await fields.save.click();
  await expect(client.heading('Zosia Nowak')).toBeFocused();
  await expect(client.status).toHaveText('Changes saved.');
  await expect(client.detail('Provision level')).toHaveText('Intensive');
  await expect(client.timeline.filter({ hasText: 'Provision level set to Intensive' })).toHaveCount(1);
  await expect(client.back).toHaveText('Back to the organisation');
  await client.back.click();
  await expect(overview.heading('Hillcrest School')).toBeFocused();
  await expect(overview.yearGroupRow('Year 10').getByRole('cell').first()).toHaveText('1');

  // The form cannot know every rule: main refuses a second organisation of the same name, and says so.
  await caseload.organisationsLink.click();
  await organisations.add.click();
  await organisationFields.name.fill('hillcrest school');
  await organisationFields.save.click();
  await expect(organisationFields.problem).toContainText('There is already an organisation called "hillcrest school".');
  await expect(organisationFields.heading).toBeVisible();
});
