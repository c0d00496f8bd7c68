// Setting up clients for the interview and plan tests without the UI: a
// school roll imported through the harness, and a tiny picture to attach.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect } from './fixtures';
import type { Harness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { privacyScreen } from './pages/privacy-page';
import { searchBox } from './pages/search-box';
import { createVaultDirectly } from './vault-setup';

export const simsExport = readFileSync(
  fileURLToPath(new URL('../fixtures/rolls/sims-export.csv', import.meta.url)),
  'utf8',
);

/** A valid 1×1 PNG. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** An unlocked vault with Hillcrest School's roll; answers Siân O'Neill's client id. */
export async function vaultWithSian(harness: Harness): Promise<{ clientId: string; organisationId: string }> {
  await createVaultDirectly(harness, { isLocked: false });
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Hillcrest School',
    csv: simsExport,
    isDryRun: false,
  });
  if (!imported.ok) throw new Error(`Could not import the roll: ${imported.error.message}`);
  const found = await harness.call('search.query', { text: 'sian' });
  const sian = found.ok ? found.value.find((result) => result.kind === 'client') : undefined;
  if (!sian) throw new Error('Siân was not found after the import.');
  const client = await harness.call('clients.get', { id: sian.id });
  if (!client.ok) throw new Error(client.error.message);
  return { clientId: sian.id, organisationId: client.value.organisationId };
}

/** From the caseload, as an adviser would: search for Siân and open her page. */
export async function openSiansPage(page: Page): Promise<void> {
  await expect(caseloadScreen(page).heading).toBeFocused();
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await searchBox(page)
    .option(/Siân O'Neill/)
    .click();
  await expect(clientScreen(page).heading("Siân O'Neill")).toBeFocused();
}

/** Siân's page, then her "Consent and data". */
export async function openSiansPrivacyPage(page: Page): Promise<void> {
  await openSiansPage(page);
  await page.getByRole('button', { name: 'Consent and data' }).click();
  await expect(privacyScreen(page).heading("Siân O'Neill")).toBeFocused();
}

/** Starts an interview through the harness, as if begun earlier and left unfinished. */
export async function startInterviewDirectly(harness: Harness, clientId: string, templateId = 'grow'): Promise<string> {
  const started = await harness.call('interviews.start', { clientId, templateId });
  if (!started.ok) throw new Error(`Could not start an interview: ${started.error.message}`);
  return started.value.id;
}

/** A roll of many Year 11 pupils at one school, each with an action plan: enough for a batch export to take a while. */
export async function schoolWithPlans(harness: Harness, pupils: number): Promise<{ organisationId: string }> {
  await createVaultDirectly(harness, { isLocked: false });
  const rows = Array.from(
    { length: pupils },
    (_, index) => `P${String(index).padStart(12, '0')},Pupil${index},Test,,01/01/2010,11,11A,N,N`,
  );
  const csv = `UPN,Legal Surname,Legal Forename,Preferred Forename,DOB,Year,Reg,SEN Status,Pupil Premium\r\n${rows.join('\r\n')}\r\n`;
  const imported = await harness.call('rollImport.run', {
    organisationName: 'Riverside Academy',
    csv,
    isDryRun: false,
  });
  if (!imported.ok) throw new Error(`Could not import the roll: ${imported.error.message}`);
  const listed = await harness.call('organisations.list', {});
  const organisation = listed.ok ? listed.value[0] : undefined;
  if (!organisation) throw new Error('The school was not created.');
  const clients = await harness.call('clients.list', {
    filter: { organisationId: organisation.id },
    sort: 'surname',
    limit: Math.min(pupils, 500),
    offset: 0,
  });
  if (!clients.ok) throw new Error(clients.error.message);
  for (const client of clients.value.rows) {
    const created = await harness.call('plans.create', { clientId: client.id, sectionSet: 'now-want-how' });
    if (!created.ok) throw new Error(created.error.message);
    await harness.call('plans.saveDraft', {
      planId: created.value.id,
      content: { ...created.value.draft, goal: 'You want to find an apprenticeship in engineering.' },
    });
  }
  return { organisationId: organisation.id };
}

/** The downloaded file's bytes, once the browser has finished writing it. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}
