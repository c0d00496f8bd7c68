// Page model: an organisation's termly report (period, figures, comments, files).
import type { Locator, Page } from '@playwright/test';

export function reportScreen(page: Page) {
  const rowFor = (table: Locator, label: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  const yearGroups = page.getByRole('table', { name: /^Interviews by year group/ });
  const priorityGroups = page.getByRole('table', { name: 'Priority groups: on roll, and seen in this period' });
  return {
    /** From the organisation overview. */
    open: page.getByRole('button', { name: 'Termly report' }),
    heading: (school: string) => page.getByRole('heading', { level: 1, name: `Termly report: ${school}` }),
    period: page.getByLabel('Report on'),
    from: page.getByRole('textbox', { name: 'From', exact: true }),
    to: page.getByRole('textbox', { name: 'To', exact: true }),
    show: page.getByRole('button', { name: 'Show the report' }),
    periodProblem: page.locator('#report-period-problem'),
    figuresHeading: page.getByRole('heading', { level: 2, name: /^Figures for / }),
    summary: page.getByTestId('report-summary'),
    /** The year group's cells: on roll, first, follow-up, did not attend, referrals. */
    yearGroupRow: (label: string) => rowFor(yearGroups, label).getByRole('cell'),
    benchmarkRow: (label: string) =>
      rowFor(page.getByRole('table', { name: /^Benchmark 8 coverage/ }), label).getByRole('cell'),
    notYetSeen: (year: string) => page.getByRole('list', { name: `${year} pupils not yet seen` }),
    priorityRow: (label: string) => rowFor(priorityGroups, label).getByRole('cell'),
    comments: page.getByLabel('Comments', { exact: true }),
    recommendations: page.getByLabel('Recommendations', { exact: true }),
    saveComments: page.getByRole('button', { name: 'Save comments and recommendations' }),
    commentsSaved: page.locator('#report-comments-done'),
    downloadReport: page.getByRole('button', { name: 'Download the report (Word)' }),
    downloadFigures: page.getByRole('button', { name: 'Download the figures (CSV)' }),
    downloadEvidence: page.getByRole('button', { name: 'Download the Benchmark 8 evidence (CSV)' }),
    filesDone: page.locator('#report-files-done'),
  };
}

/** Settings: the qualification the Benchmark 8 evidence reports. */
export function qualificationSetting(page: Page) {
  return {
    choice: page.getByLabel('Qualified in careers guidance to level 6 or above'),
    save: page.getByRole('button', { name: 'Save qualification' }),
    done: page.locator('#qualification-done'),
  };
}
