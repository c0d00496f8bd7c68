// Page model: the practice's data-protection page (requests, disclosure log,
// audit log, retention and documents).
import type { Page } from '@playwright/test';

export function dataProtectionScreen(page: Page) {
  const parts = page.getByRole('navigation', { name: 'Parts of data protection' });
  const register = page.getByRole('region', { name: 'Subject-access requests' });
  const review = page.getByRole('region', { name: 'Past retention' });
  const practice = page.getByRole('region', { name: 'Practice details' });
  const documents = page.getByRole('region', { name: 'Your documents' });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Data protection' }),
    openFromTopBar: page.getByRole('button', { name: 'Data protection', exact: true }),
    part: (name: 'Requests' | 'Disclosure log' | 'Audit log' | 'Retention' | 'Documents') =>
      parts.getByRole('button', { name, exact: true }),
    register,
    /** A request's row, found by the client's name. */
    requestRow: (clientName: string) =>
      register.getByRole('row').filter({ has: page.getByRole('rowheader', { name: clientName }) }),
    disclosures: page.getByRole('region', { name: 'Disclosure log' }),
    disclosureCount: page.locator('#disclosures-count'),
    audit: page.getByRole('region', { name: 'Audit log' }),
    auditRows: (action: string) =>
      page
        .getByRole('region', { name: 'Audit log' })
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: action }) }),
    review,
    reviewRow: (clientName: string) =>
      review.getByRole('row').filter({ has: page.getByRole('rowheader', { name: clientName }) }),
    reviewDone: review.getByRole('status').first(),
    eraseButton: (clientName: string) => review.getByRole('button', { name: `Erase ${clientName}`, exact: true }),
    confirmErase: (clientName: string) =>
      review.getByRole('button', { name: new RegExp(`^(Erase ${clientName} completely|Erasing…)$`) }),
    eraseReason: review.getByLabel('Reason for the erasure'),
    keepButton: (clientName: string) => review.getByRole('button', { name: `Keep ${clientName}`, exact: true }),
    keepReason: review.getByLabel('Why the records are kept'),
    keepRecords: review.getByRole('button', { name: /^(Keep the records|Saving…)$/ }),
    kept: page.getByRole('region', { name: 'Kept for now' }),
    practice,
    businessName: practice.getByLabel('Business name'),
    address: practice.getByLabel('Address'),
    icoNumber: practice.getByLabel('ICO registration number'),
    contact: practice.getByLabel('Contact for data protection'),
    saveDetails: practice.getByRole('button', { name: /^(Save details|Saving…)$/ }),
    detailsDone: practice.getByRole('status'),
    downloadPrivacyNotice: documents.getByRole('button', { name: 'Download the privacy notice (draft)' }),
  };
}
