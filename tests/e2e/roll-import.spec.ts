// Importing a roll: each problem row names the pupil, and a date of birth
// that does not fit the year group is flagged but still imported.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { caseloadScreen } from './pages/caseload-page';
import { importRollScreen } from './pages/import-roll-page';
import { createVaultDirectly } from './vault-setup';

const roll = [
  'UPN,Surname,Forename,DOB,Year',
  'P100000000001,Adams,Amy,01/02/2011,11',
  'P100000000002,Brown,Ben,31/02/2011,11',
  'P100000000003,Clarke,Cal,14/01/2014,11',
].join('\r\n');

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  test(`names the pupil on each problem row and flags an unlikely year group at ${viewport.width} px`, async ({
    page,
    harness,
  }) => {
    await page.setViewportSize(viewport);
    await createVaultDirectly(harness, { isLocked: false });
    const importRoll = importRollScreen(page);
    await page.goto(harness.url);
    await caseloadScreen(page).importLink.click();
    await importRoll.chooseNewSchool('Parkside School');
    await importRoll.chooseFile('parkside.csv', `${roll}\r\n`);
    await importRoll.check.click();
    await expect(importRoll.previewHeading).toBeFocused();

    await expect(importRoll.problems.locator('tbody tr')).toHaveText([
      /^3\s*Ben Brown\s*Impossible date of birth "31\/02\/2011"/,
    ]);
    await expect(importRoll.flagged.locator('tbody tr')).toHaveText([
      /^4\s*Cal Clarke\s*Born 14\/01\/2014, so usually Year 8, not Year 11\. Check the date of birth and year group\.$/,
    ]);
    // Flagged, not refused: Cal is among those to add.
    await expect(importRoll.count('New pupils to add')).toHaveText('2');
    await expect(importRoll.importButton).toHaveText('Import 2 pupils');
    await expectAccessible(page, `roll preview at ${viewport.width} px`);
  });
}

test('a roll whose headings are not recognised: the adviser says which column holds what, then imports', async ({
  page,
  harness,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await createVaultDirectly(harness, { isLocked: false });
  const importRoll = importRollScreen(page);
  await page.goto(harness.url);
  await caseloadScreen(page).importLink.click();
  await importRoll.chooseNewSchool('Parkside School');
  await importRoll.chooseFile(
    'parkside.csv',
    "Family,Given,Born,Class\r\nO'Neill,Siân,01/02/2011,11B\r\nحسن,مريم,31/12/2010,11C\r\n",
  );
  await importRoll.check.click();
  await expect(importRoll.previewHeading).toBeFocused();

  // Nothing to import until the columns are known; each column shows its first value to tell them apart.
  await expect(importRoll.missingColumns).toHaveText(
    /could not tell which column holds the surname, forename and date of birth/,
  );
  await expect(importRoll.importButton).toHaveCount(0);
  await expect(importRoll.readAs('Family')).toHaveText('Not used');
  await expect(importRoll.firstValue('Family')).toHaveText("O'Neill");
  await expectAccessible(page, 'roll preview, columns to choose');

  await importRoll.readColumnAs('Family', 'Surname');
  await importRoll.readColumnAs('Given', 'Forename');
  await expect(importRoll.missingColumns).toHaveText(/date of birth/);
  await importRoll.readColumnAs('Born', 'Date of birth');
  await importRoll.readColumnAs('Class', 'Tutor group');
  await expect(importRoll.missingColumns).toHaveCount(0);
  await expect(importRoll.readAs('Class')).toHaveText('Tutor group');
  await expect(importRoll.count('New pupils to add')).toHaveText('2');
  await expectAccessible(page, 'roll preview, columns chosen');

  await importRoll.importButton.click();
  await expect(importRoll.result).toContainText('2');
  const clients = await harness.call('clients.list', { filter: {}, sort: 'surname', offset: 0, limit: 10 });
  expect(
    clients.ok && clients.value.rows.map((client) => [client.forename, client.surname, client.tutorGroup]),
  ).toEqual([
    ['Siân', "O'Neill", '11B'],
    ['مريم', 'حسن', '11C'],
  ]);
});
