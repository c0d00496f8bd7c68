// Sync between two computers, each its own harness and vault, through one
// shared folder: the second computer set up as an adviser would (a copy of the
// first one's vault, as a restored backup is, then the same folder), a note
// written on one found on the other, a phone number changed differently on
// both offered as a choice on the client page, and the practice's own records
// (a school's address, an invoice number) settled the same way.
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { clientFieldsSchema, type ClientFields } from '../../shared/contract/clients';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { vaultWithSian } from './guidance-setup';
import { startHarness, type Harness } from './harness';
import { caseloadScreen } from './pages/caseload-page';
import { clientScreen } from './pages/client-page';
import { clientInterviews, interviewScreen } from './pages/interview-page';
import { searchBox } from './pages/search-box';
import { anInvoiceInput } from '../support/invoice-input';
import { invoicesScreen } from './pages/invoices-page';
import { changedOnBothComputers, syncChoicesScreen, syncSettings, syncStatusLine } from './pages/sync-page';
import { unlockScreen } from './pages/unlock-page';
import { passphrase } from './vault-setup';

// Two apps, each unlocked with the real key derivation, and a sync thread started in each: more than one test's usual minute.
test.describe.configure({ timeout: 120_000 });

const sian = "Siân O'Neill";

let shared: string;
let second: Harness | undefined;

test.beforeEach(() => {
  shared = mkdtempSync(join(tmpdir(), 'waymark-e2e-shared-'));
});
test.afterEach(async () => {
  await second?.stop();
  second = undefined;
  rmSync(shared, { recursive: true, force: true });
});

/** The second computer: a harness on a copy of the first computer's vault, made while it is locked. */
async function startSecondComputer(first: Harness): Promise<Harness> {
  second = await startHarness({ autoLockSeconds: 600 });
  cpSync(first.vaultDirectory, second.vaultDirectory, { recursive: true });
  return second;
}

/**
 * The first computer synced into the shared folder, and the second set up from a copy of its vault
 * made then (as a restored backup is), both unlocked and syncing through the same folder.
 */
async function syncedSecondComputer(first: Harness): Promise<Harness> {
  await must(first.call('sync.configure', { folder: shared }));
  await must(first.call('sync.run', {}));
  await must(first.call('vault.lock', {}));
  const other = await startSecondComputer(first);
  await must(first.call('vault.unlock', { passphrase }));
  await must(other.call('vault.unlock', { passphrase }));
  await must(other.call('sync.configure', { folder: shared }));
  return other;
}

async function openSecondWindow(browser: Browser, harness: Harness): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  const page = await context.newPage();
  await page.goto(harness.url);
  return page;
}

async function openSian(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sian');
  await expect(searchBox(page).option(/Siân O'Neill/)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(clientScreen(page).heading(sian)).toBeFocused();
}

async function setPhone(harness: Harness, clientId: string, phone: string): Promise<void> {
  const client = await harness.call('clients.get', { id: clientId });
  if (!client.ok) throw new Error(client.error.message);
  const record: Record<string, unknown> = client.value;
  const fields = Object.fromEntries(Object.keys(clientFieldsSchema.shape).map((name) => [name, record[name]]));
  const saved = await harness.call('clients.save', { ...(fields as ClientFields), id: clientId, phone });
  if (!saved.ok) throw new Error(`Could not change the phone number: ${saved.error.message}`);
}

async function must<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const result = await answer;
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

test('a note written in an interview on one computer is there on the other after each presses Sync now', async ({
  page,
  harness,
  browser,
}) => {
  // Two harnesses, two unlocks and a lock: more than one harness's usual minute on a shared machine.
  test.setTimeout(120_000);
  await vaultWithSian(harness);
  const caseload = caseloadScreen(page);
  const settings = syncSettings(page);
  const note = 'Wants to train as a paramedic; asked about the ambulance service cadets.';

  // The first computer: choose the shared folder (typed: the preview has no folder window) and sync.
  await page.goto(harness.url);
  await caseload.settingsLink.click();
  await expect(settings.syncNow).toBeDisabled();
  await settings.folder.fill(shared);
  await settings.saveFolder.click();
  await expect(settings.folderSaved).toHaveText('Sync folder saved. This computer syncs through it from now on.');
  await expect(settings.lastSynced).toHaveText('Not synced yet.');
  await expectAccessible(page, 'settings, with sync set up');
  await settings.syncNow.press('Enter');
  await expect(settings.result).toHaveText(/^Sent \d+ records?, received none\.$/);
  await expect(settings.lastSynced).toHaveText(/^Last synced: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/);
  await expect(syncStatusLine(page)).toHaveText(/^Last synced: /);

  // The second computer is set up from this vault (locked: locking syncs once more), then chooses the same folder.
  await caseload.lock.click();
  await expect(unlockScreen(page).heading).toBeVisible();
  const other = await startSecondComputer(harness);
  await unlockScreen(page).unlock(passphrase);
  await expect(unlockScreen(page).heading).toBeHidden();

  const otherPage = await openSecondWindow(browser, other);
  await unlockScreen(otherPage).unlock(passphrase);
  await caseloadScreen(otherPage).settingsLink.click();
  const otherSettings = syncSettings(otherPage);
  await otherSettings.folder.fill(shared);
  await otherSettings.saveFolder.click();
  await expect(otherSettings.folderSaved).toHaveText(/^Sync folder saved\./);

  // The first computer: a note in an interview, then Sync now.
  const interview = interviewScreen(page);
  await openSian(page);
  await clientInterviews(page).model.selectOption({ label: 'GROW' });
  await clientInterviews(page).start.click();
  await expect(interview.heading(sian)).toBeFocused();
  await interview.notesFor('Goal').fill(note);
  await expect(interview.saveStatus).toHaveText(/^Saved at \d{2}:\d{2}$/);
  await caseload.settingsLink.click();
  await settings.syncNow.click();
  await expect(settings.result).toHaveText(/^Sent \d+ records?, received none\.$/);

  // The second computer: Sync now, then the interview, with the note.
  await otherSettings.syncNow.click();
  await expect(otherSettings.result).toHaveText(/^Sent (none|\d+ records?), received [1-9]\d*\./);
  await expect(otherSettings.lastSynced).toHaveText(/^Last synced: /);
  await expect(syncStatusLine(otherPage)).toHaveText(/^Last synced: /);
  await openSian(otherPage);
  await clientInterviews(otherPage)
    .list.getByRole('button', { name: /^Open the interview of / })
    .first()
    .click();
  await expect(interviewScreen(otherPage).notesFor('Goal')).toHaveValue(note);
  await otherPage.context().close();
});

test('a phone number changed differently on both computers is offered as a choice, and choosing one settles it', async ({
  page,
  harness,
}) => {
  const { clientId } = await vaultWithSian(harness);
  const other = await syncedSecondComputer(harness);

  // Both offline: each changes the same phone number its own way, then the first syncs.
  await setPhone(harness, clientId, '07700 900111');
  await setPhone(other, clientId, '07700 900222');
  await must(harness.call('sync.run', {}));

  // The second computer, as the adviser sees it (this test's window is on it).
  const settings = syncSettings(page);
  await page.goto(other.url);
  await caseloadScreen(page).settingsLink.click();

  // The folder gone (a USB stick left at home): a calm message, and nothing lost.
  renameSync(shared, `${shared}-away`);
  await settings.syncNow.click();
  await expect(settings.problem).toHaveText(
    `Problem: The sync folder ${shared} is not there. Check the drive or shared folder is connected, then sync again. Nothing in this vault was lost.`,
  );
  renameSync(`${shared}-away`, shared);

  await settings.syncNow.click();
  await expect(settings.problem).toBeEmpty();
  await expect(settings.result).toContainText(
    'One value was changed on both computers: both are kept until you choose.',
  );
  await expect(syncStatusLine(page)).toContainText('One value changed on both computers waits for your choice');

  await openSian(page);
  const choices = changedOnBothComputers(page);
  const phone = choices.choice('Client details: phone');
  await expect(phone.getByRole('radio')).toHaveCount(2);
  await expect(phone.getByRole('radio').first()).toBeChecked();
  const shownNow = await phone.getByRole('radio').first().getAttribute('id');
  const shownLabel = await phone.locator(`label[for="${shownNow}"]`).textContent();
  expect(['07700 900111', '07700 900222']).toContain(shownLabel);
  await expect(clientScreen(page).detail('Phone')).toHaveText(shownLabel ?? '');
  await expectAccessible(page, 'client, with values changed on both computers');

  // Keep the other one, by keyboard: the panel goes and the page shows the value kept.
  const otherValue = shownLabel === '07700 900111' ? '07700 900222' : '07700 900111';
  await phone.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(phone.getByRole('radio', { name: otherValue })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(phone.getByRole('button', { name: 'Keep this' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(choices.panel).toBeHidden();
  await expect(choices.kept).toHaveText(
    `Kept “${otherValue}” for Client details: phone. Your other computer takes it at its next sync.`,
  );
  await expect(clientScreen(page).detail('Phone')).toHaveText(otherValue);
  await expect(syncStatusLine(page)).not.toContainText('waits for your choice');

  // Both computers end with the value chosen.
  await must(other.call('sync.run', {}));
  await must(harness.call('sync.run', {}));
  const onFirst = await must(harness.call('clients.get', { id: clientId }));
  expect(onFirst.phone).toBe(otherValue);
});

test("a school's address changed on both computers is chosen on its own page, and an invoice numbered on both is renumbered and says the day is billed twice", async ({
  page,
  harness,
}) => {
  const { organisationId } = await vaultWithSian(harness);
  const { session } = await must(
    harness.call('diary.saveSession', {
      organisationId,
      heldOn: '2026-11-25',
      startsAt: '09:00',
      endsAt: '15:00',
      kind: 'interviews',
      slotMinutes: 45,
      room: '',
      notes: '',
    }),
  );
  const other = await syncedSecondComputer(harness);

  // Apart, each computer types the school's address its own way and sends the school an invoice for the same day.
  const school = await must(harness.call('organisations.get', { id: organisationId }));
  for (const [computer, address] of [
    [harness, '1 Hill Road, Leeds'],
    [other, 'Hill Road, Leeds LS6 2AA'],
  ] as const) {
    await must(
      computer.call('organisations.save', {
        id: organisationId,
        name: school.name,
        kind: school.kind,
        address,
        contacts: [],
        agreement: null,
      }),
    );
    const invoice = await must(
      computer.call('invoices.create', anInvoiceInput(organisationId, 'Careers guidance: a school day', session.id)),
    );
    expect(invoice.number).toBe('INV-0001');
    await must(computer.call('invoices.markSent', { id: invoice.id }));
  }
  await must(harness.call('sync.run', {}));
  await must(other.call('sync.run', {}));

  // The second computer, as the adviser sees it: the status bar leads to the choice.
  const choices = syncChoicesScreen(page);
  await page.goto(other.url);
  await expect(syncStatusLine(page)).toContainText('One value changed on both computers waits for your choice.');
  await choices.open.click();
  await expect(choices.heading).toBeFocused();
  await expect(choices.clients).toBeHidden();
  const address = choices.choice('School or college (Hillcrest School): address');
  await expect(address.getByRole('radio')).toHaveCount(2);
  await expectAccessible(page, 'the values changed on both computers');
  await address.getByRole('radio', { name: 'Hill Road, Leeds LS6 2AA' }).check();
  await address.getByRole('button', { name: 'Keep this' }).click();
  await expect(choices.kept).toHaveText(
    'Kept “Hill Road, Leeds LS6 2AA” for School or college (Hillcrest School): address. Your other computer takes it at its next sync.',
  );
  await expect(page.getByText('Nothing waits for a choice: both computers agree.')).toBeVisible();
  await expect(syncStatusLine(page)).not.toContainText('waits for your choice');

  // The invoice this computer sent kept its place but not its number: the adviser is told to send the new copy.
  await invoicesScreen(page).navLink.click();
  await expect(invoicesScreen(page).table).toContainText('INV-0002 (went out as INV-0001)');
  await invoicesScreen(page).open('INV-0002').click();
  await expect(page.locator('#invoice-renumbered-text')).toHaveText(
    'This invoice went out as INV-0001, a number your other computer also gave an invoice before they synced. It is now INV-0002: download the Word document and send Hillcrest School this copy in place of INV-0001.',
  );
  await expect(page.getByTestId('invoice-billed-twice')).toHaveText(
    'A school day on this invoice is also billed on INV-0001: your two computers each invoiced it before they synced. Cancel one with a credit note, so Hillcrest School is not billed twice.',
  );
  await expectAccessible(page, 'an invoice renumbered by sync');
  await page.getByRole('button', { name: 'I have sent the corrected copy' }).click();
  await expect(page.locator('#invoice-status-message')).toHaveText(
    /^Noted: the corrected copy, INV-0002, went to Hillcrest School on \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
  );
  await expect(page.getByTestId('invoice-renumbered')).toHaveText(
    /^Went out as INV-0001; the corrected copy as INV-0002 was sent on \d{1,2} [A-Z][a-z]+ \d{4}\.$/,
  );

  // Both computers end with the address chosen and the numbers settled.
  await must(other.call('sync.run', {}));
  await must(harness.call('sync.run', {}));
  expect((await must(harness.call('organisations.get', { id: organisationId }))).address).toBe(
    'Hill Road, Leeds LS6 2AA',
  );
  const numbers = (await must(harness.call('invoices.list', {}))).map((invoice) => invoice.number).sort();
  expect(numbers).toEqual(['INV-0001', 'INV-0002']);
});
