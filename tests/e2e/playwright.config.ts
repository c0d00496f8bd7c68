// End-to-end tests: the real renderer in Debian's Chromium, against the real
// dispatcher and an encrypted vault through the loopback harness.
// Build the renderer first: `npm run build:renderer`.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The harness built once for the run (global-setup.ts).
  globalSetup: './global-setup.ts',
  // Each test starts its own harness on its own temp vault, so spec files run
  // side by side: two at a time, or WAYMARK_E2E_WORKERS (1 to debug one at a time).
  workers: Number(process.env.WAYMARK_E2E_WORKERS ?? 2),
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
    trace: 'retain-on-failure',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
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
