// A subject-access request in the real UI, on the client's "Consent and data"
// page: logged with its due date, third-party information withheld with a
// note, the identity check recorded, the bundle built with progress and
// downloaded as an encrypted ZIP whose letter writes to the parent as a parent,
// and the request completed and logged as a disclosure.
import { BlobReader, TextWriter, ZipReader, configure } from '@zip.js/zip.js';
import { subjectAccessDeadline } from '../../shared/subject-access';
import { formatUkDate, todayInLondon } from '../../shared/dates';
import { expectAccessible } from './axe';
import { expect, test } from './fixtures';
import { downloadedBytes, openSiansPrivacyPage, startInterviewDirectly, vaultWithSian } from './guidance-setup';
import { privacyScreen } from './pages/privacy-page';

configure({ useWebWorkers: false });

const bundlePassword = 'send-this-by-text-42';

test('a request from a parent, its identity check and its bundle, with third-party information withheld', async ({
  page,
  harness,
}) => {
  // The whole of a request's life in one test: longer than most.
  test.slow();
  const { clientId } = await vaultWithSian(harness);
  const interviewId = await startInterviewDirectly(harness, clientId);
  const saved = await harness.call('interviews.saveNotes', {
    interviewId,
    stageIndex: 0,
    text: 'Her cousin Dawid Kowalski wants her to join his building firm',
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const privacy = privacyScreen(page);
  const today = todayInLondon();

  await page.goto(harness.url);
  await openSiansPrivacyPage(page);

  // A subject-access request from her mother, due one calendar month after receipt; identity not checked yet.
  // The boxes stop where main would refuse: their limits are the contract's.
  await expect(privacy.requests.requester).toHaveAttribute('maxlength', '150');
  await expect(privacy.requests.address).toHaveAttribute('maxlength', '500');
  await privacy.requests.requester.fill('Mrs Aoife O’Neill');
  await privacy.requests.relationship('A parent or carer').check();
  await privacy.requests.address.fill('3 Bridge Road\nBarry CF62 1AA');
  await privacy.requests.log.click();
  const dueOn = formatUkDate(subjectAccessDeadline(today, false));
  await expect(privacy.requests.done).toHaveText(
    `Request logged. It is due by ${dueOn}. Check the requester’s identity before sending anything.`,
  );
  await expect(privacy.requests.cards).toHaveCount(1);
  await expect(privacy.requests.cards.first().getByRole('heading')).toHaveText(
    `Request received ${formatUkDate(today)}: due by ${dueOn}`,
  );
  await expect(privacy.requests.cards.first()).toContainText('Not yet checked');

  // Third-party information: withheld with a note said in its place.
  await expect(privacy.bundle.thirdParty).toHaveText('Third-party information (0 withheld)');
  await privacy.bundle.thirdParty.click();
  const notes = privacy.bundle.withholdItem(/^Notes from the interview on .*, stage 1/);
  await expect(notes).toContainText('Dawid Kowalski');
  await notes.getByLabel('Note to show in its place').fill('Names a relative');
  await notes.getByRole('button', { name: 'Withhold' }).click();
  await expect(privacy.bundle.thirdParty).toHaveText('Third-party information (1 withheld)');
  await expect(notes).toContainText('Withheld');

  // The bundle answers the request: refused until the identity check is recorded and the letter can be signed.
  await expect(
    privacy.bundle.request(/^Mrs Aoife O’Neill \(a parent or carer\), received .*: identity not yet checked$/),
  ).toBeChecked();
  await expect(privacy.bundle.encrypt).toBeChecked();
  await privacy.bundle.password.fill('too short');
  await privacy.bundle.build.click();
  await expect(privacy.bundle.password).toBeFocused();
  await privacy.bundle.password.fill(bundlePassword);
  await privacy.bundle.build.click();
  await expect(privacy.bundle.problem).toContainText(
    "Record who checked the requester's identity, how and when, before the bundle is sent.",
  );
  await privacy.requests.recordIdentityCheck.click();
  await privacy.requests.identityForm.getByLabel('Checked by').fill('Siân Evans');
  // How it was checked is asked for beside its box, which takes the focus.
  await privacy.requests.saveIdentityCheck.click();
  const how = privacy.requests.identityForm.getByLabel('How', { exact: true });
  await expect(how).toBeFocused();
  await expect(how).toHaveAccessibleDescription(/^Problem: Say how their identity was checked/);
  await how.fill('Known to me from parents’ evening; Siân agrees');
  await privacy.requests.saveIdentityCheck.click();
  await expect(privacy.requests.done).toHaveText(
    'Identity check recorded: Known to me from parents’ evening; Siân agrees, by Siân Evans.',
  );
  await expect(privacy.requests.cards.first()).toContainText(`Checked by Siân Evans on ${formatUkDate(today)}`);
  await privacy.bundle.build.click();
  await expect(privacy.bundle.problem).toContainText(
    'The letter needs your name and postal address. Add your name in Settings',
  );
  const named = await harness.call('settings.update', { adviserName: 'Siân Evans' });
  if (!named.ok) throw new Error(named.error.message);
  const addressed = await harness.call('practice.saveDetails', {
    businessName: 'Evans Careers',
    address: '12 High Street, Cardiff CF10 1AA',
    icoRegistrationNumber: '',
    dataProtectionContact: '',
  });
  if (!addressed.ok) throw new Error(addressed.error.message);
  await privacy.bundle.build.click();
  await expect(privacy.bundle.download).toBeVisible();
  const total = Number(await privacy.bundle.progress.getAttribute('aria-valuemax'));
  expect(total).toBeGreaterThan(5);
  await expect(privacy.bundle.progress).toHaveAttribute('aria-valuenow', String(total));
  await expect(privacy.bundle.progress).toHaveAttribute('aria-valuetext', `${total} of ${total} files`);
  await expect(privacy.bundle.status).toContainText('send the password separately');
  await expectAccessible(page, 'consent and data, bundle ready');

  const downloadPromise = page.waitForEvent('download');
  await privacy.bundle.download.click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`Subject access - Siân O'Neill - ${today}.zip`);
  const entries = await new ZipReader(new BlobReader(new Blob([await downloadedBytes(download)]))).getEntries();
  expect(entries.map((entry) => entry.filename)).toEqual(
    expect.arrayContaining(['manifest.json', 'data.json', 'cover-letter.html', 'records.html']),
  );
  const manifestEntry = entries.find((entry) => entry.filename === 'manifest.json');
  if (!manifestEntry || manifestEntry.directory) throw new Error('The bundle has no manifest.');
  expect(manifestEntry.encrypted).toBe(true);
  expect(JSON.parse(await manifestEntry.getData(new TextWriter(), { password: bundlePassword }))).toMatchObject({
    format: 'waymark-subject-access-manifest',
  });
  const dataEntry = entries.find((entry) => entry.filename === 'data.json');
  if (!dataEntry || dataEntry.directory) throw new Error('The bundle has no data.json.');
  const data = await dataEntry.getData(new TextWriter(), { password: bundlePassword });
  expect(data).toContain('Withheld: Names a relative');
  expect(data).not.toContain('Dawid');
  const letterEntry = entries.find((entry) => entry.filename === 'cover-letter.html');
  if (!letterEntry || letterEntry.directory) throw new Error('The bundle has no letter.');
  const letter = await letterEntry.getData(new TextWriter(), { password: bundlePassword });
  expect(letter).toContain('Dear Mrs Aoife O’Neill,');
  expect(letter).toContain('as Siân’s parent or carer');
  expect(letter).not.toContain('Dear Siân');
  expect(letter).toContain('12 High Street, Cardiff CF10 1AA');
  await expect(privacy.bundle.status).toContainText(`The request is marked as sent on ${formatUkDate(today)}`);
  await expect(privacy.disclosures).toHaveCount(1);
  await expect(privacy.disclosures.first()).toContainText('Subject-access bundle (all records)');
  await expect(privacy.disclosures.first()).toContainText('Mrs Aoife O’Neill (parent or carer)');
  await expect(privacy.requests.cards.first()).toContainText(`Sent${formatUkDate(today)}`);
  await expect(privacy.requests.cards.first()).toContainText('Completed');
});
