// The termly report in the real UI: from a school's overview, the adviser
// sees this term's figures (small counts as "<5", only those not yet seen
// named), saves comments and recommendations, downloads the Word report and
// both CSVs (each logged as a disclosure), checked with axe at 1366 and 1024 px.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes } from './guidance-setup';
import type { Harness } from './harness';
import { organisationsScreen } from './pages/organisations-page';
import { overviewScreen } from './pages/overview-page';
import { qualificationSetting, reportScreen } from './pages/report-page';
import { createVaultDirectly } from './vault-setup';
import { readDocx } from '../support/docx';

const roll = [
  'UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Reg,SEN Status,Pupil Premium',
  "A100000000001,O'Neill,Siân,,04/05/2011,11,11A,K,Y",
  'A100000000002,Okafor,Chidi,,02/02/2011,11,11A,N,Y',
  'A100000000003,Brown,Alfie,,05/05/2011,11,11A,N,N',
  'A100000000004,Patel,Anya,,06/06/2011,11,11B,N,N',
  'A100000000005,Smith,Jack,,07/07/2011,11,11B,N,N',
  'A100000000006,Hughes,Owen,,08/08/2011,11,11B,N,N',
  'A100000000007,Notseen,Harriet,,09/09/2011,11,11C,N,N',
  'A100000000013,Lloyd,Gareth,,02/02/2009,13,13X,N,N',
].join('\r\n');

async function schoolWithInterviews(harness: Harness): Promise<void> {
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: roll,
    isDryRun: false,
  });
  if (!imported.ok) throw new Error(imported.error.message);
  const listed = await harness.call('organisations.list', {});
  const organisation = listed.ok ? listed.value[0] : undefined;
  if (!organisation) throw new Error('The school was not created.');
  const clients = await harness.call('clients.list', {
    filter: { organisationId: organisation.id },
    sort: 'surname',
    limit: 50,
    offset: 0,
  });
  if (!clients.ok) throw new Error(clients.error.message);
  // Six of the seven Year 11 pupils seen today, in this term; Harriet and Gareth not yet.
  for (const client of clients.value.rows.filter((row) => !['Notseen', 'Lloyd'].includes(row.surname))) {
    const started = await harness.call('interviews.start', { clientId: client.id, templateId: 'grow' });
    if (!started.ok) throw new Error(started.error.message);
  }
}

test('produces the termly report from a school overview, saves comments and downloads the files', async ({
  page,
  harness,
}) => {
  test.setTimeout(240_000);
  await schoolWithInterviews(harness);
  const report = reportScreen(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await expect(overviewScreen(page).heading('Hillcrest School')).toBeVisible();
  await report.open.click();

  await expect(report.heading('Hillcrest School')).toBeVisible();
  await expect(report.period.locator('option:checked')).toHaveText(/term/);
  await expect(report.summary).toContainText('6 guidance interviews with 6 pupils (6 first, 0 follow-up)');
  await expect(report.yearGroupRow('Year 11')).toHaveText(['7', '6', '0', '0', '0']);
  await expect(report.yearGroupRow('Year 13')).toHaveText(['<5', '0', '0', '0', '0']);
  await expect(report.benchmarkRow('Year 11')).toHaveText(['1', '7', '6', '1']);
  await expect(report.notYetSeen('Year 11').getByRole('listitem')).toHaveText(['Harriet Notseen (11C)']);
  await expect(report.notYetSeen('Year 13').getByRole('listitem')).toHaveText(['Gareth Lloyd (13X)']);
  await expect(report.priorityRow('Pupil premium')).toHaveText(['<5', '<5']);
  // Pupils who were seen are counted, never named.
  await expect(page.locator('body')).not.toContainText('Siân');
  await expectAccessible(page, 'termly report');

  await report.comments.fill('Year 11 engagement was strong this term.');
  await report.recommendations.fill('- Release Year 13 students for follow-ups');
  await report.saveComments.click();
  await expect(report.commentsSaved).toContainText('Saved with this period.');

  const docxDownload = page.waitForEvent('download');
  await report.downloadReport.click();
  const docxFile = await docxDownload;
  expect(docxFile.suggestedFilename()).toMatch(/^Termly report Hillcrest School .*\.docx$/);
  const docx = await readDocx(await downloadedBytes(docxFile));
  expect(docx.text).toContain('Year 11 engagement was strong this term.');
  expect(docx.text).toContain('Release Year 13 students for follow-ups');
  expect(docx.text).toContain('Harriet Notseen\n11C\n0');
  expect(docx.text).not.toContain('Siân');
  await expect(report.filesDone).toContainText('Logged as a disclosure to Hillcrest School (careers leader)');

  const figuresDownload = page.waitForEvent('download');
  await report.downloadFigures.click();
  const figures = (await downloadedBytes(await figuresDownload)).toString('utf8');
  expect(figures).toContain('By year group,Year 11,First interviews,6');
  expect(figures).not.toContain('Notseen');

  const evidenceDownload = page.waitForEvent('download');
  await report.downloadEvidence.click();
  const evidence = (await downloadedBytes(await evidenceDownload))
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  expect(evidence[0]).toBe(
    'UPN,Forename,Surname,Year group,Date,Adviser,Adviser qualified to level 6 or above,First or follow-up,Minutes',
  );
  expect(evidence).toHaveLength(7);
  expect(evidence.some((line) => line.startsWith("A100000000001,Siân,O'Neill,Year 11,"))).toBe(true);

  const log = await harness.call('disclosures.practice', { offset: 0, limit: 50 });
  expect(
    log.ok &&
      log.value.entries.filter(
        (entry) => entry.recipient === 'Hillcrest School (careers leader)' && entry.clientId === null,
      ),
  ).toHaveLength(3);

  // A small laptop: the report fits without sideways scrolling and stays accessible.
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(
    true,
  );
  await expectAccessible(page, 'termly report at 1024 px');
});

test('says plainly when the chosen dates end before they start', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await schoolWithInterviews(harness);
  const report = reportScreen(page);
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await report.open.click();
  await expect(report.figuresHeading).toBeVisible();
  await report.period.selectOption({ label: 'Other dates…' });
  await report.from.fill('31/12/2026');
  await report.to.fill('01/09/2026');
  await report.show.click();
  await expect(report.periodProblem).toContainText(
    'The period ends on 1 September 2026, before it starts on 31 December 2026.',
  );
  await expectAccessible(page, 'termly report with a problem');
});

test('the qualification set in Settings reaches the Benchmark 8 evidence', async ({ page, harness }) => {
  test.setTimeout(120_000);
  await schoolWithInterviews(harness);
  const setting = qualificationSetting(page);
  await page.goto(harness.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Settings' }).click();
  await expect(setting.choice).toHaveValue('');
  await setting.choice.selectOption({ label: 'Yes, level 6 or above' });
  await setting.save.click();
  await expect(setting.done).toContainText('Saved.');

  const report = reportScreen(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Organisations' }).click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await report.open.click();
  const evidenceDownload = page.waitForEvent('download');
  await report.downloadEvidence.click();
  const rows = (await downloadedBytes(await evidenceDownload))
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n')
    .slice(1);
  expect(rows).toHaveLength(6);
  for (const row of rows) expect(row.split(',')[6]).toBe('Yes');
});
