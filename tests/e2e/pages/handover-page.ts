// Page model: handing a client's records over (export) and taking a handover file in (import).
import type { Page } from '@playwright/test';

export function handoverEntries(page: Page) {
  return {
    /** On the client's page. */
    handOver: page.getByRole('button', { name: 'Hand over to another adviser' }),
    /** On the caseload. */
    importFile: page.getByRole('button', { name: 'Import a handover file' }),
  };
}

export function handoverExportScreen(page: Page) {
  return {
    heading: (name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
    recipient: page.getByLabel('Adviser receiving the records'),
    agreed: page.getByRole('checkbox', { name: /has agreed to their records going to this adviser/ }),
    agreedError: page.locator('#handover-agreed-error'),
    recipientError: page.locator('#handover-recipient-error'),
    make: page.getByRole('button', { name: /^(Make the handover file|Making the file…)$/ }),
    status: page.locator('#handover-export-status'),
  };
}

export function handoverImportScreen(page: Page) {
  const preview = page.getByRole('region', { name: 'Check before importing' });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Import a handover file' }),
    file: page.getByLabel('Handover file'),
    fileError: page.locator('#handover-file-error'),
    preview,
    previewDetail: (term: string) =>
      preview
        .locator('.summary-row')
        .filter({ has: page.getByText(term, { exact: true }) })
        .locator('dd'),
    records: preview.getByRole('listitem'),
    importButton: preview.getByRole('button', { name: /^(Import .+|Importing…)$/ }),
    resultHeading: (name: string) => page.getByRole('heading', { level: 2, name: `${name} is in your caseload` }),
    openClient: page.getByRole('button', { name: /^Open .+’s record$/ }),
  };
}
