// Every way of making a shared copy goes through consent for a named purpose:
// the plan page's "Share a copy" is refused without it (nothing downloaded,
// nothing logged) and logged with it; a batch of shared copies includes only
// the clients whose consent covers the purpose and lists the others.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, openSiansPage, vaultWithSian } from './guidance-setup';
import type { Harness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { clientInterviews } from './pages/interview-page';
import { organisationsScreen } from './pages/organisations-page';
import { batchExport, planScreen } from './pages/plan-page';
import { privacyScreen } from './pages/privacy-page';
import { todayInLondon } from '../../shared/dates';

const sian = "Siân O'Neill";
const noAgreements = {
  shareWithTutor: false,
  shareWithParent: false,
  uploadToSchoolSystem: false,
  includeInDestinationReturns: false,
};

async function finalisedPlan(harness: Harness, clientId: string, goal: string): Promise<void> {
  const created = await harness.call('plans.create', { clientId, sectionSet: 'now-want-how' });
  if (!created.ok) throw new Error(created.error.message);
  const saved = await harness.call('plans.saveDraft', {
    planId: created.value.id,
    content: { ...created.value.draft, goal },
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const finalised = await harness.call('plans.finalise', { planId: created.value.id });
  if (!finalised.ok) throw new Error(finalised.error.message);
}

async function consentTo(harness: Harness, clientId: string, agreements: Partial<typeof noAgreements>): Promise<void> {
  const recorded = await harness.call('consent.record', {
    clientId,
    consent: {
      hasExplainedConfidentiality: true,
      agreements: { ...noAgreements, ...agreements },
      givenBy: 'client',
      givenOn: todayInLondon(),
      method: 'written',
    },
  });
  if (!recorded.ok) throw new Error(recorded.error.message);
}

async function disclosuresOf(harness: Harness, clientId: string) {
  const listed = await harness.call('disclosures.list', { clientId });
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value;
}

async function openSiansPlan(page: Page): Promise<void> {
  await openSiansPage(page);
  await clientInterviews(page).actionPlan.click();
  await expect(planScreen(page).heading(sian)).toBeFocused();
}

test('the plan page shares a copy only with consent for the purpose, and logs it', async ({ page, harness }) => {
  const { clientId } = await vaultWithSian(harness);
  await finalisedPlan(harness, clientId, 'You want to train as a paramedic.');
  const plan = planScreen(page);
  const share = privacyScreen(page).share;

  await page.goto(harness.url);
  await openSiansPlan(page);
  // No shared copy among the plain export buttons: sharing is its own, checked step.
  await expect(page.getByRole('button', { name: 'Shared copy', exact: true })).toHaveCount(0);
  await plan.shareCopy.click();
  await share.purpose('Their tutor').check();
  await share.recipient.fill('Ms Patel, form tutor');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await share.submit.click();
  await expect(share.problem).toContainText(
    "There is no consent on record to share plans with their tutor. Record the client's consent first; nothing was shared.",
  );
  expect(downloads).toBe(0);
  expect(await disclosuresOf(harness, clientId)).toEqual([]);
  await expectAccessible(page, 'plan page, sharing refused');

  await consentTo(harness, clientId, { shareWithTutor: true });
  const downloadPromise = page.waitForEvent('download');
  await share.submit.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^Action plan - Siân O'Neill - \d{4}-\d{2}-\d{2} \(shared copy\)\.docx$/,
  );
  expect((await downloadedBytes(download)).subarray(0, 2).toString('latin1')).toBe('PK');
  await expect(share.done).toContainText('Shared with Ms Patel, form tutor');
  expect(await disclosuresOf(harness, clientId)).toEqual([
    expect.objectContaining({ recipient: 'Ms Patel, form tutor', lawfulBasis: 'consent' }),
  ]);
});

test('a batch of shared copies includes only clients whose consent covers the purpose and lists the others with the reason', async ({
  page,
  harness,
}) => {
  const { clientId, organisationId } = await vaultWithSian(harness);
  const clients = await harness.call('clients.list', {
    filter: { organisationId },
    sort: 'surname',
    limit: 50,
    offset: 0,
  });
  if (!clients.ok) throw new Error(clients.error.message);
  for (const client of clients.value.rows)
    await finalisedPlan(harness, client.id, 'You want to find an apprenticeship.');
  await consentTo(harness, clientId, { uploadToSchoolSystem: true });
  const others = clients.value.rows.filter((client) => client.id !== clientId);
  const folder = join(harness.vaultDirectory, 'shared-copies');
  const batch = batchExport(page);

  await page.goto(harness.url);
  await caseloadScreen(page).organisationsLink.click();
  await organisationsScreen(page).open('Hillcrest School').click();
  await batch.folder.fill(folder);
  await batch.variant(/^Shared copies for the school's system/).check();
  await batch.start.click();
  await expect(batch.recipient).toHaveAccessibleDescription(/Say who will receive the copies/);
  await batch.recipient.fill('Hillcrest School MIS');
  await batch.start.click();
  await expect(batch.result).toContainText(`Exported 1 plan. ${others.length} left out: see the list.`);
  await expect(batch.excluded.getByRole('row')).toHaveCount(others.length + 1);
  await expect(batch.excluded).toContainText("No consent on record to upload plans to the school's system");
  await expectAccessible(page, 'batch of shared copies');

  expect(await readdir(folder)).toEqual([
    expect.stringMatching(/^Action plan - Siân O'Neill - .* \(shared copy\)\.docx$/),
  ]);
  expect(await disclosuresOf(harness, clientId)).toEqual([
    expect.objectContaining({ recipient: 'Hillcrest School MIS', lawfulBasis: 'consent' }),
  ]);
  for (const other of others) expect(await disclosuresOf(harness, other.id)).toEqual([]);
});
