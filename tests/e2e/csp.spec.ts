// The Content Security Policy stops script an attacker manages to put into the
// page: an inline <script>, an inline event handler (as innerHTML would carry
// it from a malicious file's text), and a string handed to setTimeout. Each is
// refused and reported as a securitypolicyviolation event.
//
// How this can fail: with 'unsafe-inline' or 'unsafe-eval' in script-src (or
// no policy at all), window.__pwned is set and no violation is reported. The
// same injections run in a blank page without the policy first, to prove they
// are live code and not duds.
import { expect, test as fixtureTest } from './fixtures';
import { describeNonLocal } from './network-guard';

// The shared page fixture fails a test on any CSP refusal; here refusals are the point,
// so this page keeps the network guard and the check for uncaught errors only.
const test = fixtureTest.extend({
  page: async ({ context, harness: _harness }, use) => {
    const requestLog: string[] = [];
    context.on('request', (request) => requestLog.push(request.url()));
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await use(page);
    expect(describeNonLocal(requestLog), 'requests that left 127.0.0.1').toEqual([]);
    expect(uncaught, 'uncaught errors in the page').toEqual([]);
  },
});

// In-page code as strings: the e2e files are type-checked without the DOM library.
const recordViolations = `(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.__violations.push({ directive: event.effectiveDirective, sample: event.sample }));
})()`;

const injectInlineScript = `(() => {
  const script = document.createElement('script');
  script.textContent = 'window.__pwned = (window.__pwned || 0) + 1';
  document.body.appendChild(script);
})()`;

const injectInlineHandler = `(() => {
  const holder = document.createElement('div');
  holder.innerHTML = '<button id="injected" type="button" onclick="window.__pwned = (window.__pwned || 0) + 10">Open</button>';
  document.body.appendChild(holder);
  document.getElementById('injected').click();
  holder.remove();
})()`;

const injectStringTimer = `(() => {
  setTimeout('window.__pwned = (window.__pwned || 0) + 100', 0);
})()`;

test('refuses injected inline script, inline handlers and string timers, and reports each', async ({
  page,
  harness,
  context,
}) => {
  // Control: without the policy the very same injections run.
  const blank = await context.newPage();
  await blank.setContent('<!doctype html><html><body><p>No policy here.</p></body></html>');
  await blank.evaluate(injectInlineScript);
  await blank.evaluate(injectInlineHandler);
  await blank.evaluate(injectStringTimer);
  await expect.poll(() => blank.evaluate('window.__pwned')).toBe(111);
  await blank.close();

  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(recordViolations);

  await page.evaluate(injectInlineScript);
  await page.evaluate(injectInlineHandler);
  await page.evaluate(injectStringTimer);

  // The policy arrives twice (the response header and the page's meta tag), and each copy reports.
  await expect
    .poll(() => page.evaluate('[...new Set(window.__violations.map((violation) => violation.directive))].sort()'))
    .toEqual(['script-src', 'script-src-attr', 'script-src-elem']);
  expect(await page.evaluate('window.__pwned')).toBeUndefined();
  // The app itself carries on: its own script still answers the adviser.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
