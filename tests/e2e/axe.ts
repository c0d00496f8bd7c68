// Accessibility check for one screen: axe-core must find nothing serious or
// critical, and the screen must have exactly one h1.
import axe, { type AxeResults, type Result as Violation } from 'axe-core';
import { expect, type Page } from '@playwright/test';

export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  // Visible ones: a screen kept hidden through a lock is neither seen nor heard.
  await expect(page.locator('h1:visible'), `the ${screenName} screen has one h1`).toHaveCount(1);
  const results = await runAxe(page);
  const blocking = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(blocking.map(describe), `axe: serious or critical problems on the ${screenName} screen`).toEqual([]);
}

/**
 * axe-core's own run over the page. axe goes into a page once per document
 * rather than once per check: @axe-core/playwright sent its half-megabyte source
 * with every check and finished each run in a second, blank page, about 1.7 s a
 * check where the check itself takes about 0.2 s, and the suite checks well over a
 * hundred screens. The app has no frames to look into: its CSP allows none.
 */
async function runAxe(page: Page): Promise<AxeResults> {
  // Strings, not functions: this file is typed for Node, without the page's DOM.
  if ((await page.evaluate('window.axe === undefined')) === true) await page.evaluate(axe.source);
  return (await page.evaluate('window.axe.run(document)')) as AxeResults;
}

function describe(violation: Violation): string {
  const places = violation.nodes
    .slice(0, 5)
    .map((node) => `    at ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
    .join('\n');
  return `${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${places}`;
}
