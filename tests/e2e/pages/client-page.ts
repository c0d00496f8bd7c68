// Page model: one client's record, its edit form and the move control.
import type { Page } from '@playwright/test';

export function clientScreen(page: Page) {
  const details = page.getByRole('region', { name: 'Details' });
  const move = page.getByRole('region', { name: 'Move to another organisation' });
  const history = page.getByRole('region', { name: 'History' });
  return {
    heading: (name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
    details,
    detail: (term: string) =>
      details
        .locator('.summary-row')
        .filter({ has: page.getByText(term, { exact: true }) })
        .locator('dd'),
    history,
    timeline: history.getByRole('listitem'),
    edit: page.getByRole('button', { name: 'Edit details' }),
    status: page.locator('#client-status'),
    moveTo: move.getByLabel('Move to'),
    moveYear: move.getByLabel('Year group there'),
    move: move.getByRole('button', { name: 'Move…' }),
    confirmMove: move.getByRole('button', { name: /^Yes, move to / }),
    back: page.locator('.back-link').getByRole('button'),
  };
}

export function clientForm(page: Page) {
  return {
    heading: (name: string | RegExp) => page.getByRole('heading', { level: 1, name }),
    forename: page.getByLabel('Forename', { exact: true }),
    surname: page.getByLabel('Surname', { exact: true }),
    preferredName: page.getByLabel('Preferred name'),
    dateOfBirth: page.getByLabel('Date of birth'),
    organisation: page.getByLabel('Organisation', { exact: true }),
    yearGroup: page.getByLabel('Year group', { exact: true }),
    /** A date of birth that does not fit the year group: flagged, not refused. */
    yearGroupFlag: page.locator('#client-year-group-flag'),
    provisionLevel: page.getByLabel('Provision level'),
    send: page.getByLabel('SEND', { exact: true }),
    pupilPremium: page.getByLabel('Pupil premium'),
    aboutMe: page.getByLabel('About me'),
    reviewDue: page.getByLabel('Review due'),
    planLanguage: page.getByLabel('Language of their plans'),
    dyslexiaFriendly: page.getByLabel('Dyslexia-friendly documents'),
    save: page.getByRole('button', { name: /^(Save changes|Add client|Saving…)$/ }),
    problem: page.locator('#client-form-problem'),
  };
}
