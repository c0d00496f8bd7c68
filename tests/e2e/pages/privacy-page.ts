// Page model: one client's "Consent and data" page: consent, sharing,
// disclosures, subject-access requests, the bundle and erasure.
import type { Page } from '@playwright/test';

export function privacyScreen(page: Page) {
  const consent = page.getByRole('region', { name: 'Consent' });
  const share = page.getByRole('region', { name: 'Share a copy of the action plan' });
  const disclosures = page.getByRole('region', { name: 'Disclosures' });
  const requests = page.getByRole('region', { name: 'Subject-access requests' });
  const bundle = page.getByRole('region', { name: 'Subject-access bundle' });
  const erase = page.getByRole('region', { name: 'Erase this client' });
  return {
    heading: (clientName: string) => page.getByRole('heading', { level: 1, name: `Consent and data: ${clientName}` }),
    consent: {
      current: consent.locator('#consent-current'),
      history: consent.getByRole('table', { name: 'Consent history, newest first' }),
      explained: consent.getByLabel('I explained the limits of confidentiality'),
      purpose: (label: string) => consent.getByRole('checkbox', { name: label, exact: true }),
      givenBy: (label: 'The client' | 'A parent or carer') =>
        consent.getByRole('group', { name: 'Given by' }).getByRole('radio', { name: label }),
      method: (label: 'Verbally' | 'In writing') =>
        consent.getByRole('group', { name: 'How' }).getByRole('radio', { name: label }),
      givenOn: consent.getByLabel('Date given'),
      record: consent.getByRole('button', { name: /^(Record consent|Recording…)$/ }),
      done: page.locator('#consent-done'),
      problem: page.locator('#consent-problem'),
    },
    share: {
      purpose: (label: 'Their tutor' | 'A parent or carer' | "The school's system") =>
        share.getByRole('radio', { name: label }),
      recipient: share.getByLabel('Recipient'),
      submit: share.getByRole('button', { name: /^(Share a copy|Checking consent…)$/ }),
      problem: page.locator('#share-problem'),
      done: page.locator('#share-done'),
    },
    disclosures: disclosures.getByRole('table').locator('tbody tr'),
    disclosuresRegion: disclosures,
    requests: {
      received: requests.getByLabel('Date received'),
      requester: requests.getByLabel('Requester’s name'),
      relationship: (label: string) =>
        requests.getByRole('group', { name: 'Who is asking' }).getByRole('radio', { name: label }),
      identityChecked: requests.getByLabel('I have checked their identity'),
      address: requests.getByLabel('Where to send the reply (optional)'),
      recordIdentityCheck: requests.getByRole('button', { name: 'Record the identity check…' }),
      identityForm: requests.getByRole('form', { name: 'Record the identity check' }),
      saveIdentityCheck: requests.getByRole('button', { name: 'Save the identity check' }),
      log: requests.getByRole('button', { name: /^(Log the request|Logging…)$/ }),
      done: page.locator('#requests-done'),
      cards: requests.getByRole('article'),
    },
    bundle: {
      thirdParty: bundle.locator('details#withhold > summary'),
      withholdItem: (label: RegExp) => bundle.getByRole('form', { name: label }),
      request: (label: RegExp) =>
        bundle.getByRole('group', { name: 'The request it answers' }).getByRole('radio', { name: label }),
      safeguarding: bundle.getByLabel(/^I have reviewed the/),
      encrypt: bundle.getByLabel('Encrypt the ZIP with a password (AES-256)'),
      password: bundle.getByLabel('Password', { exact: true }),
      build: bundle.getByRole('button', { name: /^(Build the bundle|Starting…)$/ }),
      progress: bundle.getByRole('progressbar', { name: 'Bundle files added' }),
      cancel: bundle.getByRole('button', { name: 'Cancel the bundle' }),
      download: bundle.getByRole('button', { name: 'Download the bundle' }),
      status: page.locator('#bundle-status'),
      problem: page.locator('#bundle-problem'),
    },
    erase: {
      region: erase,
      reason: erase.getByLabel('Reason for erasure'),
      name: erase.getByLabel('Type the client’s surname to confirm'),
      submit: erase.getByRole('button', { name: /^(Erase .* permanently|Erasing…)$/ }),
    },
  };
}
