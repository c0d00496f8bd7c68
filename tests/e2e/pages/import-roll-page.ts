// Page model: importing a roll (choose, preview, result).
import type { Page } from '@playwright/test';

export function importRollScreen(page: Page) {
  const preview = page.getByRole('region', { name: 'Check before importing' });
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Import a roll' }),
    school: page.getByLabel('School', { exact: true }),
    newSchoolName: page.getByLabel('Name of the new school'),
    file: page.getByLabel('Class list (CSV file)'),
    check: page.getByRole('button', { name: /^(Check the file|Checking the file…)$/ }),
    problem: page.locator('#roll-problem'),
    preview,
    previewHeading: page.getByRole('heading', { level: 2, name: 'Check before importing' }),
    columns: page.getByRole('table', { name: 'How Waymark reads the columns' }),
    counts: page.getByRole('table', { name: 'What the import will do' }),
    problems: page.getByRole('table', { name: 'Rows with problems' }),
    flagged: page.getByRole('table', { name: 'Rows to check' }),
    importButton: page.getByRole('button', { name: /^(Import \d+ pupils?|Importing…)$/ }),
    result: page.getByRole('region', { name: 'Import finished' }),
    openOverview: page.getByRole('button', { name: /^Open the overview of / }),

    /** "Read as" for a column heading in the file: the choice showing. */
    readAs: (header: string) =>
      screen.columns.getByRole('combobox', { name: `Read ${header} as`, exact: true }).locator('option:checked'),
    /** The first value of a column, shown to tell columns apart. */
    firstValue: (header: string) =>
      screen.columns
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: header, exact: true }) })
        .getByRole('cell')
        .first(),
    missingColumns: preview.locator('#roll-missing-columns'),

    /** Says by hand what a column holds. */
    async readColumnAs(header: string, label: string): Promise<void> {
      await screen.columns.getByRole('combobox', { name: `Read ${header} as`, exact: true }).selectOption({ label });
    },
    /** The figure beside one line of "What the import will do". */
    count: (label: string) =>
      screen.counts
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
        .getByRole('cell'),

    async chooseNewSchool(name: string): Promise<void> {
      await screen.school.selectOption({ label: 'A new school (type its name)' });
      await screen.newSchoolName.fill(name);
    },

    async chooseFile(name: string, content: string | Buffer): Promise<void> {
      await screen.file.setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      });
    },
  };
  return screen;
}
