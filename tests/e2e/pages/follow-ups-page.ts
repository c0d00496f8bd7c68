// Page model: the home page's follow-ups (reviews due, the adviser's own
// actions) and the client page's next review.
import type { Page } from '@playwright/test';

export function followUpsPanel(page: Page) {
  const reviews = page.getByRole('region', { name: 'Reviews due' });
  const actions = page.getByRole('region', { name: 'Your actions' });
  const actionItem = (text: string) => actions.getByRole('listitem').filter({ hasText: text });
  return {
    reviews,
    review: (clientName: string) => reviews.getByRole('listitem').filter({ hasText: clientName }),
    actions,
    actionItems: actions.getByRole('listitem'),
    actionItem,
    done: (text: string) => actionItem(text).getByRole('button', { name: /^Done:/ }),
    snoozeWeek: (text: string) => actionItem(text).getByRole('button', { name: /^Snooze a week:/ }),
    snoozeUntilDay: (text: string) => actionItem(text).getByRole('button', { name: /^Snooze until a day:/ }),
    snoozeDay: (text: string) => actionItem(text).getByLabel('Remind me again on'),
    snooze: (text: string) => actionItem(text).getByRole('button', { name: /^Snooze:/ }),
    changed: actions.getByRole('status'),
    undo: actions.getByRole('button', { name: 'Undo' }),
  };
}

export function nextReview(page: Page) {
  const region = page.getByRole('region', { name: 'Next review' });
  return {
    region,
    change: region.getByRole('button', { name: /^(Change the review date|Set a review date)$/ }),
    date: region.getByLabel('Review due on'),
    save: region.getByRole('button', { name: 'Save the review date' }),
    clear: region.getByRole('button', { name: 'Clear the review date' }),
    done: region.getByRole('status'),
  };
}
