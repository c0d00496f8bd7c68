// A client's parents and carers in the real UI: added from the client page
// with the names families have, a bad email refused in plain words, changed,
// and one removed after a confirmation.
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { openSiansPage, vaultWithSian } from './guidance-setup';
import { contactsSection } from './pages/first-week-pages';
import { privacyScreen } from './pages/privacy-page';
import { formatUkDate, todayInLondon } from '../../shared/dates';

test('adds, changes and removes a parent or carer on the client page, and names one as giving consent', async ({
  page,
  harness,
}) => {
  // Two axe runs and a dozen saves: generous on a busy two-core machine.
  test.setTimeout(180_000);
  const { clientId } = await vaultWithSian(harness);
  const contacts = contactsSection(page);
  await page.goto(harness.url);
  await openSiansPage(page);
  await expect(contacts.region).toContainText('No parents, carers or other contacts recorded.');

  await contacts.add.click();
  await expect(contacts.name).toBeFocused();
  await contacts.name.fill("Róisín O'Neill");
  await contacts.relationship.fill('Mum');
  await contacts.phone.fill('07700 900123');
  await contacts.email.fill('roisin at home');
  await contacts.parentalResponsibility.check();
  await contacts.preferences.fill('Text first; not by post');
  await contacts.save.click();
  await expect(contacts.region.locator('#contact-email-error')).toContainText(
    'Enter an email address such as name@example.com, or leave it blank.',
  );
  await expect(contacts.email).toBeFocused();
  await expectAccessible(page, 'client with the contact form');

  await contacts.email.fill('roisin@example.com');
  await contacts.save.click();
  await expect(contacts.done).toHaveText("Róisín O'Neill added.");
  const roisin = contacts.card("Róisín O'Neill");
  await expect(roisin.getByRole('heading')).toHaveText("Róisín O'Neill (Mum)");
  await expect(roisin).toContainText('07700 900123');
  await expect(roisin).toContainText('roisin@example.com');
  await expect(roisin.locator('.summary-row').filter({ hasText: 'Parental responsibility' })).toContainText('Yes');
  await expect(roisin).toContainText('Text first; not by post');

  await contacts.add.click();
  await contacts.name.fill('مريم حسن');
  await contacts.relationship.fill('Foster carer');
  await contacts.save.click();
  await expect(contacts.done).toHaveText('مريم حسن added.');

  await roisin.getByRole('button', { name: "Change Róisín O'Neill’s details" }).click();
  await expect(contacts.phone).toHaveValue('07700 900123');
  await contacts.phone.fill('07700 900999');
  await contacts.save.click();
  await expect(contacts.done).toHaveText("Róisín O'Neill’s details saved.");
  await expect(roisin).toContainText('07700 900999');

  const maryam = contacts.card('مريم حسن');
  await maryam.getByRole('button', { name: 'Remove مريم حسن' }).click();
  await maryam.getByRole('button', { name: 'Yes, remove مريم حسن' }).click();
  await expect(contacts.done).toHaveText('مريم حسن removed.');
  await expect(contacts.region.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'client with contacts');

  // Consent given by Róisín: she is picked from the client's contacts and named in the consent record.
  await page.getByRole('button', { name: 'Consent and data' }).click();
  const privacy = privacyScreen(page);
  await expect(privacy.heading("Siân O'Neill")).toBeFocused();
  await privacy.consent.explained.check();
  await privacy.consent.purpose('Share plans with a parent or carer').check();
  await privacy.consent.givenBy('A parent or carer').check();
  await page.getByLabel('Which parent or carer').selectOption({ label: "Róisín O'Neill (Mum)" });
  await expectAccessible(page, 'consent form naming a parent');
  await privacy.consent.record.click();
  await expect(privacy.consent.current).toContainText(
    `A parent or carer: Róisín O'Neill (Mum), verbally, on ${formatUkDate(todayInLondon())}`,
  );
  await expect(privacy.consent.history).toContainText("A parent or carer: Róisín O'Neill (Mum)");

  // The consent record must keep saying who gave it, so she stays.
  await page.locator('.back-link').getByRole('button').click();
  await expect(roisin).toBeVisible();
  await roisin.getByRole('button', { name: "Remove Róisín O'Neill" }).click();
  await roisin.getByRole('button', { name: "Yes, remove Róisín O'Neill" }).click();
  await expect(contacts.problem).toContainText('This contact gave the consent in the consent history');

  // What the page shows is what the vault holds.
  const stored = await harness.call('contacts.list', { clientId });
  expect(
    stored.ok && stored.value.map((contact) => [contact.name, contact.phone, contact.hasParentalResponsibility]),
  ).toEqual([["Róisín O'Neill", '07700 900999', true]]);
});
