// The test fixture: a harness with a fresh vault per test, the page, and a
// check after every test that the page never reached beyond 127.0.0.1.
import { test as base, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { describeNonLocal } from './network-guard';

type Options = {
  /** The harness's idle lock; large unless a test is about auto-lock. */
  autoLockSeconds: number;
  /** Offer the demo practice, as `npm run preview` does. */
  isDemoOffered: boolean;
};

type Fixtures = { harness: Harness };

export const test = base.extend<Options & Fixtures>({
  autoLockSeconds: [600, { option: true }],
  isDemoOffered: [false, { option: true }],

  harness: async ({ autoLockSeconds, isDemoOffered }, use, testInfo) => {
    const harness = await startHarness({ autoLockSeconds, isDemoOffered });
    try {
      await use(harness);
    } finally {
      // main's log never reaches the console; a failed test keeps its end as a file beside the trace.
      if (testInfo.status !== testInfo.expectedStatus)
        await testInfo.attach('main-log', { body: harness.logTail(), contentType: 'text/plain' });
      await harness.stop();
    }
  },

  // Depends on the harness so the page closes before the harness stops.
  page: async ({ page, context, harness: _harness }, use) => {
    // Both levels: the context also sees requests from popups and workers.
    const requestLog: string[] = [];
    context.on('request', (request) => requestLog.push(request.url()));
    page.on('request', (request) => requestLog.push(request.url()));
    page.on('websocket', (socket) => requestLog.push(socket.url()));
    // Uncaught errors and anything the CSP blocked would go unnoticed in the UI.
    const pageProblems: string[] = [];
    page.on('pageerror', (error) => pageProblems.push(`uncaught: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy'))
        pageProblems.push(`CSP: ${message.text()}`);
    });
    await use(page);
    expect(describeNonLocal(requestLog), 'requests that left 127.0.0.1').toEqual([]);
    expect(pageProblems, 'script errors or CSP refusals in the page').toEqual([]);
  },
});

export { expect };
