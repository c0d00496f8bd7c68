// Page model: guidance templates (built-ins, the adviser's own, import) and
// the template editor.
import type { Page } from '@playwright/test';

export function templatesScreen(page: Page) {
  const own = page.getByRole('region', { name: 'Your templates' });
  const builtIn = page.getByRole('region', { name: 'Built-in models' });
  const card = (name: string) =>
    page.locator('.template-card').filter({
      has: page.getByRole('heading', {
        level: 3,
        name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}( · version \\d+)?$`),
      }),
    });
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Guidance templates' }),
    own,
    builtIn,
    card,
    duplicate: (name: string) => card(name).getByRole('button', { name: `Duplicate ${name}` }),
    edit: (name: string) => card(name).getByRole('button', { name: `Edit ${name}` }),
    exportFile: (name: string) => card(name).getByRole('button', { name: `Export ${name}` }),
    status: page.locator('#templates-status'),
    importFile: page.getByLabel('Template file'),
  };
}

export function templateEditor(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: /^Edit “/ }),
    name: page.getByLabel('Template name'),
    stage: (index: number) => page.getByRole('group', { name: new RegExp(`^Stage ${index}(:|$)`) }),
    addStage: page.getByRole('button', { name: 'Add a stage' }),
    save: page.getByRole('button', { name: /^(Save template|Saving…)$/ }),
  };
}
