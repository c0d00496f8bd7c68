// The test fixture: a harness with a fresh vault per test, the page, and a
// check after every test that the page never reached beyond 127.0.0.1.
import { test as base, expect } from '@playwright/test';
import { startHarness, type Harness } from './harness';
import { describeNonLocal } from './network-guard';

type Options = {
  /** The harness's idle lock; large unless a test is about auto-lock. */
  autoLockSeconds: number;
};

type Fixtures = { harness: Harness };

export const test = base.extend<Options & Fixtures>({
  autoLockSeconds: [600, { option: true }],

  harness: async ({ autoLockSeconds }, use) => {
    const harness = await startHarness({ autoLockSeconds });
    try {
      await use(harness);
    } finally {
      await harness.stop();
    }
  },

  page: async ({ page, context }, use) => {
    // Both levels: the context also sees requests from popups and workers.
    const requestLog: string[] = [];
    context.on('request', (request) => requestLog.push(request.url()));
    page.on('request', (request) => requestLog.push(request.url()));
    page.on('websocket', (socket) => requestLog.push(socket.url()));
    await use(page);
    expect(describeNonLocal(requestLog), 'requests that left 127.0.0.1').toEqual([]);
  },
});

export { expect };
