// The practice's data-protection page in the real UI: the request register with
// its due dates, the audit log showing an erasure's tombstone, erasing a client
// past retention after confirming, and downloading the privacy notice.
import { formatUkDate, todayInLondon } from '../../shared/dates';
import { subjectAccessDeadline } from '../../shared/subject-access';
import { readDocx } from '../support/docx';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes } from './guidance-setup';
import type { Harness } from './harness';
import { dataProtectionScreen } from './pages/data-protection-page';
import { createVaultDirectly } from './vault-setup';

async function must<T>(
  result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

/**
 * Hillcrest's roll: Amy Adams (no SEND, record last changed in March 2016, so
 * past six years), Ben Brown (SEND, 16) and Dee Evans; Cal Carter (moved from
 * Riverside in June 2017, so also past).
 */
async function practiceWithRecords(harness: Harness) {
  await createVaultDirectly(harness, { isLocked: false });
  await must(
    harness.call('rollImport.run', {
      organisationName: 'Hillcrest School',
      csv: 'Surname,Forename,DOB,SEN\nAdams,Amy,01/01/1990,N\nBrown,Ben,01/01/2010,K\nEvans,Dee,02/02/2010,N\n',
      isDryRun: false,
    }),
  );
  await must(
    harness.call('rollImport.run', {
      organisationName: 'Riverside Academy',
      csv: 'Surname,Forename,DOB,SEN\nCarter,Cal,03/03/2010,N\n',
      isDryRun: false,
    }),
  );
  const clients = await must(harness.call('clients.list', { filter: {}, sort: 'surname', limit: 10, offset: 0 }));
  const idOf = (surname: string) => clients.rows.find((row) => row.surname === surname)?.id ?? '';
  const riverside = (await must(harness.call('clients.get', { id: idOf('Carter') }))).organisationId;
  // Amy moved schools in March 2016 and has not been in touch since.
  await must(harness.call('clients.move', { id: idOf('Adams'), organisationId: riverside, on: '2016-03-01' }));
  // Cal moved to Hillcrest in June 2017, and nothing since.
  const hillcrest = (await must(harness.call('clients.get', { id: idOf('Brown') }))).organisationId;
  await must(harness.call('clients.move', { id: idOf('Carter'), organisationId: hillcrest, on: '2017-06-01' }));
  return { idOf };
}

test('the register, the audit log after an erasure, a retention erasure with confirmation, and the privacy notice', async ({
  page,
  harness,
}) => {
  const { idOf } = await practiceWithRecords(harness);
  const today = todayInLondon();
  await must(
    harness.call('subjectAccess.logRequest', {
      clientId: idOf('Brown'),
      receivedOn: today,
      requesterName: 'Mrs Brown',
      relationship: 'parent-carer',
      identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: today },
    }),
  );
  const closed = await must(
    harness.call('subjectAccess.logRequest', {
      clientId: idOf('Carter'),
      receivedOn: '2026-01-05',
      requesterName: 'Cal Carter',
      relationship: 'self',
      identityCheck: { checkedBy: 'Siân Evans', method: 'Known to me in person', checkedOn: '2026-01-05' },
    }),
  );
  await must(harness.call('subjectAccess.setRequestStatus', { id: closed.id, status: 'completed', on: '2026-01-20' }));
  const erased = await must(
    harness.call('erasure.eraseClient', { clientId: idOf('Evans'), reason: 'Request under Article 17' }),
  );
  const screen = dataProtectionScreen(page);

  await page.goto(harness.url);
  await screen.openFromTopBar.click();
  await expect(screen.heading).toBeFocused();
  await expect(screen.part('Requests')).toHaveAttribute('aria-current', 'page');

  // The register: the open request with its due date in UK format, and the closed one too.
  const open = screen.requestRow('Ben Brown');
  await expect(open).toContainText(formatUkDate(subjectAccessDeadline(today, false)));
  await expect(open).toContainText(/\d+ days left/);
  await expect(open).toContainText('Received');
  await expect(screen.requestRow('Cal Carter')).toContainText('Answered 20 January 2026');
  await expect(screen.requestRow('Cal Carter')).toContainText('Completed');
  await expectAccessible(page, 'data protection: requests');

  await open.getByRole('button', { name: /^Update/ }).click();
  await page.getByLabel('Status of the request').selectOption({ label: 'In progress' });
  await page.getByRole('button', { name: 'Save status' }).click();
  await expect(screen.register.getByRole('status').first()).toHaveText(
    'The request about Ben Brown is now marked in progress.',
  );
  await expect(screen.requestRow('Ben Brown')).toContainText('In progress');
  await expect(open.getByRole('button', { name: /^Update/ })).toBeFocused();

  await screen.part('Disclosure log').click();
  await expect(screen.part('Disclosure log')).toHaveAttribute('aria-current', 'page');
  await expect(screen.disclosureCount).toHaveText('Nothing has been disclosed yet.');
  await expectAccessible(page, 'data protection: disclosure log');

  // The audit log: the erasure is a tombstone with its date and reason, and no name.
  await screen.part('Audit log').click();
  const tombstone = screen.auditRows('Client erased');
  await expect(tombstone).toHaveCount(1);
  await expect(tombstone).toContainText(erased.tombstone);
  await expect(tombstone).toContainText(formatUkDate(erased.erasedOn));
  await expect(tombstone).toContainText('Request under Article 17');
  await expect(screen.audit).not.toContainText('Evans');
  await expectAccessible(page, 'data protection: audit log');

  // Retention: Amy and Cal are past six years. Cal is kept with a reason...
  await screen.part('Retention').click();
  await expect(screen.reviewRow('Amy Adams')).toContainText('1 March 2016');
  await expect(screen.reviewRow('Amy Adams')).toContainText('1 March 2022');
  await expect(screen.reviewRow('Cal Carter')).toContainText('1 June 2023');
  await expect(screen.review.getByRole('row')).toHaveCount(3);
  await expectAccessible(page, 'data protection: retention');
  await screen.keepButton('Cal Carter').click();
  await screen.keepReason.fill('A complaint about the school is still open');
  await screen.keepRecords.click();
  await expect(screen.reviewDone).toContainText('Cal Carter’s records are kept. They will be back for review on ');
  await expect(screen.reviewRow('Cal Carter')).toHaveCount(0);
  await expect(screen.kept.getByRole('row').filter({ hasText: 'Cal Carter' })).toContainText(
    'A complaint about the school is still open',
  );

  // ...and erasing Amy needs a confirmation with a reason.
  await screen.eraseButton('Amy Adams').click();
  await expect(page.getByRole('heading', { name: 'Erase Amy Adams?' })).toBeFocused();
  await expect(screen.reviewRow('Amy Adams')).toBeVisible();
  await screen.eraseReason.fill('Past the six-year retention period');
  await expectAccessible(page, 'data protection: confirm erasure');
  await screen.confirmErase('Amy Adams').click();
  await expect(screen.reviewDone).toContainText('Amy Adams was erased completely. Tombstone ');
  await expect(page.getByRole('heading', { name: 'Past retention' })).toBeFocused();
  await expect(screen.review).toContainText('No records are past retention today.');
  const search = await must(harness.call('search.query', { text: 'adams' }));
  expect(search).toEqual([]);

  await screen.part('Audit log').click();
  await expect(screen.auditRows('Client erased')).toHaveCount(2);
  await expect(screen.audit).toContainText('Past the six-year retention period');

  // Documents: the adviser's details go into the privacy notice they download.
  await screen.part('Documents').click();
  await screen.businessName.fill('Ellis Careers Guidance');
  await screen.address.fill('12 Chapel Street\nLlandeilo');
  await screen.icoNumber.fill('ZA123456');
  await screen.contact.fill('privacy@elliscareers.example');
  await screen.saveDetails.click();
  await expect(screen.detailsDone).toHaveText('Practice details saved.');
  await expectAccessible(page, 'data protection: documents');
  const downloadPromise = page.waitForEvent('download');
  await screen.downloadPrivacyNotice.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Privacy notice \(draft\) - \d{4}-\d{2}-\d{2}\.docx$/);
  const notice = await readDocx(await downloadedBytes(download));
  for (const expected of [
    'Ellis Careers Guidance',
    'Llandeilo',
    'ZA123456',
    'privacy@elliscareers.example',
    '6 years after the last contact',
    'Information Commissioner’s Office',
  ]) {
    expect(notice.text).toContain(expected);
  }
});

test('a validation problem in the practice details is shown beside the field', async ({ page, harness }) => {
  await createVaultDirectly(harness, { isLocked: false });
  const screen = dataProtectionScreen(page);
  await page.goto(harness.url);
  await screen.openFromTopBar.click();
  await screen.part('Documents').click();
  await screen.icoNumber.fill('not valid!');
  await screen.saveDetails.click();
  await expect(screen.icoNumber).toHaveAttribute('aria-invalid', 'true');
  await expect(screen.practice.getByRole('alert').first()).toContainText('Some details need changing');
  expect((await must(harness.call('practice.details', {}))).icoRegistrationNumber).toBe('');
});
