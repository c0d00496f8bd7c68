// Accessibility check for one screen: axe-core must find nothing serious or
// critical, and the screen must have exactly one h1.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  // Visible ones: a screen kept hidden through a lock is neither seen nor heard.
  await expect(page.locator('h1:visible'), `the ${screenName} screen has one h1`).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(blocking.map(describe), `axe: serious or critical problems on the ${screenName} screen`).toEqual([]);
}

function describe(violation: Violation): string {
  const places = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  return `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${places}`;
}
