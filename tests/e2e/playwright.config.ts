// End-to-end tests: the real renderer in Debian's Chromium, against the real
// dispatcher and an encrypted vault through the loopback harness.
// Build the renderer first: `npm run build:renderer`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The harness built once for the run (global-setup.ts).
  globalSetup: './global-setup.ts',
  // Each test starts its own harness on its own temp vault, so tests run side by
  // side: two at a time, or WAYMARK_E2E_WORKERS (1 to debug one at a time). Any
  // test may go to either worker, tests of one file too, so the last file's tests
  // do not run on one worker while the other waits.
  workers: Number(process.env.WAYMARK_E2E_WORKERS ?? 2),
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  // Two workers share the two cores of a CI machine: a screen that waits on
  // Argon2id or a backup in a worker can take longer than 5 s to answer there.
  expect: { timeout: 10_000 },
  reporter: 'list',
  forbidOnly: Boolean(process.env.CI),
  outputDir: '../../test-results/e2e',
  use: {
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    viewport: { width: 1280, height: 860 },
    screenshot: 'only-on-failure',
    // A failed test keeps its trace: each step's page as DOM, to open in `npx playwright show-trace`.
    // Not the screencast beside it: filming every test took about a fifth of the run's CPU, and
    // the screenshot at the failure stays.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true },
    serviceWorkers: 'block',
    launchOptions: {
      // Debian's headless shell (chromium-headless-shell), the build Playwright itself runs headless
      // tests in: the same Blink and V8 as Debian's chromium without the desktop browser's own pages
      // and windows, which took about a third of the run's CPU. WAYMARK_E2E_CHROMIUM=/usr/bin/chromium
      // runs the suite in the full browser instead.
      executablePath: process.env.WAYMARK_E2E_CHROMIUM ?? '/usr/bin/chromium-headless-shell',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
