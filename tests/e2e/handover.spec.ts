// Handover in the real UI: a client's records made into a file on one
// adviser's vault and imported through the UI into a second adviser's vault,
// where the client, their interview and their history appear. Corrections to
// a client's details are logged on their history.
import type { Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, openSiansPage, vaultWithSian } from './guidance-setup';
import { startHarness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { clientForm, clientScreen } from './pages/client-page';
import { handoverEntries, handoverExportScreen, handoverImportScreen } from './pages/handover-page';
import { createVaultDirectly } from './vault-setup';

const sian = "Siân O'Neill";

async function openSian(page: Page): Promise<void> {
  await openSiansPage(page);
}

test('a client’s records are handed over as a file and imported into another adviser’s vault', async ({
  page,
  harness,
}) => {
  // Two harnesses and two vaults: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const { clientId } = await vaultWithSian(harness);
  const started = await harness.call('interviews.start', { clientId, templateId: 'grow', heldOn: '2026-10-01' });
  if (!started.ok) throw new Error(started.error.message);
  const saved = await harness.call('interviews.saveNotes', {
    interviewId: started.value.id,
    stageIndex: 0,
    text: 'Siân hopes to train as a zookeeper',
  });
  if (!saved.ok) throw new Error(saved.error.message);

  await page.goto(harness.url);
  await openSian(page);
  await handoverEntries(page).handOver.click();
  const exporting = handoverExportScreen(page);
  await expect(exporting.heading(`Hand over ${sian}’s records`)).toBeFocused();
  await expectAccessible(page, 'handover export');

  await exporting.make.click();
  await expect(exporting.recipientError).toContainText('Give the name of the adviser receiving the records.');
  await expect(exporting.recipient).toBeFocused();
  await exporting.recipient.fill('Ms Adeyemi, Riverside Careers');
  await exporting.make.click();
  await expect(exporting.agreedError).toContainText('Tick to confirm the client has agreed');
  await expect(exporting.agreed).toBeFocused();
  await page.keyboard.press('Space');
  const downloadPromise = page.waitForEvent('download');
  await exporting.make.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Waymark handover - Siân O'Neill - \d{4}-\d{2}-\d{2}\.json$/);
  const file = await downloadedBytes(download);
  expect(JSON.parse(file.toString('utf8'))).toMatchObject({
    format: 'waymark-handover',
    formatVersion: 3,
    safeguarding: { isIncluded: false, concerns: [] },
  });
  await expect(exporting.status).toContainText('recorded in the disclosure log');

  const receiving = await startHarness({ autoLockSeconds: 600 });
  try {
    await createVaultDirectly(receiving, { isLocked: false });
    await page.goto(receiving.url);
    await expect(caseloadScreen(page).heading).toBeFocused();
    await handoverEntries(page).importFile.click();
    const importing = handoverImportScreen(page);
    await expect(importing.heading).toBeFocused();
    await expectAccessible(page, 'handover import');

    await importing.file.setInputFiles({
      name: 'not-a-handover.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"waymark-guidance-template","formatVersion":1}'),
    });
    await expect(importing.fileError).toContainText('not a Waymark handover file');
    await expect(importing.preview).toHaveCount(0);

    await importing.file.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    await expect(importing.previewDetail('Client')).toHaveText(sian);
    await expect(importing.previewDetail('Organisation')).toContainText('Hillcrest School (new to you');
    await expect(importing.records.filter({ hasText: /^1 interview$/ })).toHaveCount(1);
    await expect(importing.records.filter({ hasText: /^1 stage of notes$/ })).toHaveCount(1);
    await expectAccessible(page, 'handover import preview');

    await importing.importButton.click();
    await expect(importing.resultHeading(sian)).toBeFocused();
    await importing.openClient.click();
    await expect(clientScreen(page).heading(sian)).toBeFocused();
    await expect(clientScreen(page).timeline.filter({ hasText: 'Guidance interview' })).toHaveCount(1);

    // The same file again is refused, and nothing is duplicated.
    await clientScreen(page).back.click();
    await expect(importing.heading).toBeFocused();
    await importing.file.setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'application/json',
      buffer: file,
    });
    await expect(importing.fileError).toContainText('already in this vault');
    const found = await receiving.call('search.query', { text: 'zookeeper' });
    expect(found.ok).toBe(true);
    const clients = await receiving.call('clients.list', { filter: {}, sort: 'surname', offset: 0, limit: 10 });
    expect(clients.ok && clients.value.total).toBe(1);
  } finally {
    await page.goto('about:blank');
    await receiving.stop();
  }
});

test('correcting a client’s details logs which field, when and why on their history', async ({ page, harness }) => {
  await vaultWithSian(harness);
  await page.goto(harness.url);
  await openSian(page);
  const client = clientScreen(page);
  await client.edit.click();
  const form = clientForm(page);
  await expect(form.heading(`Edit ${sian}`)).toBeFocused();
  await form.dateOfBirth.fill('2010-03-14');
  await page.getByLabel('Reason for the correction (optional)').fill('Date of birth checked with her passport');
  await expectAccessible(page, 'client edit with correction');
  await form.save.click();
  await expect(client.heading(sian)).toBeFocused();
  await expect(client.status).toContainText('Changes saved. The correction is in the corrections log.');
  const corrections = client.history.getByRole('table', { name: 'Corrections' });
  await expect(corrections.getByRole('row')).toHaveCount(2);
  await expect(corrections.getByRole('row').nth(1)).toContainText('Date of birth');
  await expect(corrections.getByRole('row').nth(1)).toContainText('Date of birth checked with her passport');
  await expectAccessible(page, 'client with corrections');
});
