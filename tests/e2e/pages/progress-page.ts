// The Progress section of a client's page: the before-and-now chart, its
// table, and the self-assessment form.
import type { Page } from '@playwright/test';

export function progressSection(page: Page) {
  const region = page.getByRole('region', { name: 'Progress' });
  const form = region.getByRole('form', { name: 'Self-assessment' });
  return {
    region,
    summary: (framework: 'blueprint' | 'cdi') => region.locator(`#progress-summary-${framework}`),
    chart: (name: string) => region.getByRole('img', { name }),
    table: (caption: string | RegExp) => region.getByRole('table', { name: caption }),
    row: (caption: string | RegExp, competency: string) =>
      region.getByRole('table', { name: caption }).getByRole('row', { name: new RegExp(`^${competency}`) }),
    start: region.getByRole('button', { name: 'Start a self-assessment' }),
    form,
    date: form.getByLabel('Date of the self-assessment'),
    rate: (competency: string, level: string) =>
      form.getByRole('group', { name: competency }).getByLabel(level, { exact: true }),
    save: form.getByRole('button', { name: /^(Save self-assessment|Saving…)$/ }),
    problem: form.locator('#self-assessment-problem'),
    done: region.locator('#progress-done'),
  };
}

/** The framework choice on the Settings screen. */
export function frameworkSetting(page: Page) {
  const region = page.getByRole('region', { name: 'Career learning framework' });
  return {
    region,
    choice: region.getByLabel('Competency framework'),
    save: region.getByRole('button', { name: /^(Save framework|Saving…)$/ }),
    done: region.locator('#competency-framework-done'),
  };
}
