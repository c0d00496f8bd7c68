// Page model: a client's action plan (create, edit, record outcomes, history, export)
// and batch export on an organisation's page.
import type { Page } from '@playwright/test';

export function planScreen(page: Page) {
  const views = page.getByRole('navigation', { name: 'Plan views' });
  const bar = page.getByRole('region', { name: 'Finalise and export' });
  const actions = page.getByRole('region', { name: 'Actions' });
  const history = page.getByRole('region', { name: 'History' });
  return {
    heading: (clientName: string) => page.getByRole('heading', { level: 1, name: `Action plan for ${clientName}` }),
    create: page.getByRole('button', { name: /^(Create the plan|Creating…)$/ }),
    sectionSet: (label: RegExp) => page.getByRole('radio', { name: label }),
    fromInterview: page.getByRole('radio', { name: 'Start from the interview’s notes' }),
    startBlank: page.getByRole('radio', { name: 'Start with a blank plan' }),
    section: (heading: string) => page.getByLabel(heading, { exact: true }),
    editView: views.getByRole('button', { name: 'Edit' }),
    reviewView: views.getByRole('button', { name: 'Record outcomes' }),
    historyView: views.getByRole('button', { name: 'History' }),
    goal: page.getByLabel('Goal', { exact: true }),
    saveStatus: page.locator('#plan-save-status'),
    versionState: bar.locator('.plan-version-state'),
    finalise: bar.getByRole('button', { name: /^(Finalise version \d+…|Finalising…)$/ }),
    finaliseDialog: page.getByRole('dialog', { name: /^Finalise version \d+\?$/ }),
    confirmFinalise: page
      .getByRole('dialog')
      .getByRole('button', { name: /^(Yes, finalise version \d+|Finalising…)$/ }),
    notYet: page.getByRole('dialog').getByRole('button', { name: 'Not yet' }),
    newDraft: bar.getByRole('button', { name: /^Start a new draft \(version \d+\)$/ }),
    finalisedPlan: page.getByRole('region', { name: 'The plan as agreed' }),
    finaliseDone: page.locator('#plan-finalise-done'),
    exportAs: (label: 'Word document' | 'Easy read') => bar.getByRole('button', { name: label, exact: true }),
    exportLanguage: bar.getByLabel('Language', { exact: true }),
    exportDyslexiaFriendly: bar.getByLabel('Dyslexia-friendly style'),
    exportWelshNotice: bar.locator('#plan-export-welsh'),
    welshGoal: page.getByLabel('Goal in Welsh'),
    welshToWrite: page.getByRole('complementary', { name: /^Still to write in Welsh/ }),
    welshStatus: page.locator('#plan-welsh-status'),
    adviserPrompt: page.locator('#plan-adviser-prompt'),
    easyReadCheck: page.locator('#plan-easy-read-check'),
    shareCopy: bar.getByRole('button', { name: 'Share a copy…' }),
    actions,
    action: (index: number) => actions.getByRole('group', { name: `Action ${index}`, exact: true }),
    addAction: actions.getByRole('button', { name: 'Add an action' }),
    hintsFor: (index: number) => page.getByRole('complementary', { name: `Suggestions for action ${index}` }),
    startReview: page.getByRole('button', { name: /^(Record outcomes for version \d+|Starting…)$/ }),
    reviewOf: (actionText: string) => page.getByRole('group', { name: actionText, exact: true }),
    history,
    versionsTable: page.getByRole('table', { name: 'Finalised versions' }),
    changesTable: page.getByRole('table', { name: /^What changed from version \d+ to version \d+$/ }),
    versionColumn: (number: number) => page.getByRole('region', { name: new RegExp(`^Version ${number} ·`) }),
  };
}

export function batchExport(page: Page) {
  const region = page.getByRole('region', { name: 'Export plans' });
  return {
    region,
    yearGroup: region.getByLabel('Year group'),
    folder: region.getByLabel('Folder to save them in'),
    variant: (label: RegExp) => region.getByRole('radio', { name: label }),
    recipient: region.getByLabel('Recipient'),
    excluded: region.getByRole('region', { name: /^Left out/ }),
    start: region.getByRole('button', { name: /^(Start the export|Starting…)$/ }),
    progress: region.getByRole('progressbar', { name: 'Plans exported' }),
    cancel: region.getByRole('button', { name: 'Cancel the export' }),
    result: region.getByRole('status'),
  };
}
