// Page model: the recovery code, shown and then typed back.
import type { Page } from '@playwright/test';

export function recoveryCodeScreen(page: Page) {
  const screen = {
    heading: page.getByRole('heading', { level: 1, name: 'Your recovery code' }),
    newCodeHeading: page.getByRole('heading', { level: 1, name: 'Your new recovery code' }),
    code: page.getByTestId('recovery-code'),
    writtenDown: page.getByRole('button', { name: 'I have written it down' }),
    confirmHeading: page.getByRole('heading', { level: 1, name: 'Check your recovery code' }),
    typedCode: page.getByLabel('Recovery code'),
    confirm: page.getByRole('button', { name: /^(Confirm and continue|Checking…)$/ }),
    showAgain: page.getByRole('button', { name: 'Show the code again' }),
    problem: page.getByRole('alert'),

    /** The code as shown: six groups of four, separated by spaces. */
    async readCode(): Promise<string> {
      return ((await screen.code.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    },

    async typeBack(code: string): Promise<void> {
      await screen.typedCode.fill(code);
      await screen.confirm.click();
    },
  };
  return screen;
}
