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
  test(`names the pupil on each problem row and flags an unlikely year group at ${viewport.width} px`, async ({ page, harness }) => {
    await page.setViewportSize(viewport);
    await createVaultDirectly(harness, { isLocked: false });
    const importRoll = importRollScreen(page);
    await page.goto(harness.url);
    await caseloadScreen(page).importLink.click();
    await importRoll.chooseNewSchool('Parkside School');
    await importRoll.chooseFile('parkside.csv', `${roll}\r\n`);
    await importRoll.check.click();
    await expect(importRoll.previewHeading).toBeFocused();

    await expect(importRoll.problems.locator('tbody tr')).toHaveText([/^3\s*Ben Brown\s*Impossible date of birth "31\/02\/2011"/]);
    await expect(importRoll.flagged.locator('tbody tr')).toHaveText([/^4\s*Cal Clarke\s*Born 14\/01\/2014, so usually Year 8, not Year 11\. Check the date of birth and year group\.$/]);
    // Flagged, not refused: Cal is among those to add.
    await expect(importRoll.count('New pupils to add')).toHaveText('2');
    await expect(importRoll.importButton).toHaveText('Import 2 pupils');
    await expectAccessible(page, `roll preview at ${viewport.width} px`);
  });
}
