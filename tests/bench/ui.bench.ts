// `npm run bench:ui`: the renderer at practice scale, in Debian's Chromium
// through the loopback harness, timed as the adviser feels it. Not part of
// `npm test` (no timing is ever asserted); figures go to docs/performance.md.
//
//   WAYMARK_BENCH_CLIENTS=2000 node --import tsx tests/bench/ui.bench.ts
//
// It builds a vault holding the demo practice of N clients (default 20,000;
// the same practice `waymark bench` times, with the fast test KDF so unlocking
// does not dominate), starts the harness on it, built as the app's main process
// is (one CommonJS bundle under plain Node: under tsx each worker thread
// compiled its sources as it started, half a second of the first unlock), and
// measures in the page:
//   first_screen_ms      Unlock pressed (the click event) to the first caseload
//                        row with a client in it painted (the frame after it
//                        appears);
//   search_keystroke_ms  p95 over 30 keystrokes in the top bar's search: the
//                        keydown to the frame after the results for the new
//                        text replace "Searching…" (this includes the search
//                        box's typing pause);
//   dom_rows             the most caseload rows in the DOM at any point while
//                        scrolling the whole list (it must stay under 200);
//   search_keystroke_during_backup_ms
//                        the same 30 keystrokes again while verified backups
//                        of the whole practice run one after another in the
//                        harness (in their worker thread, as in the app).
// Build the renderer first: `npm run build:renderer`.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { todayInLondon } from '../../shared/dates';
import { buildMainBundle } from '../../main/bench/bundle';
import { generateDemoPractice } from '../../main/services/demo';
import { nameGroups } from '../../main/services/demo/names';
import { createVault, kdfFloor } from '../../main/vault';
import { startHarness, type Harness } from '../e2e/harness';
import { passphrase } from '../e2e/vault-setup';

const clientCount = Number(process.env.WAYMARK_BENCH_CLIENTS ?? 20_000);
const log = (line: string) => process.stderr.write(`bench:ui: ${line}\n`);

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
};
const round = (value: number) => Math.round(value * 10) / 10;

// In-page code is passed as strings: this file is type-checked without the DOM library.

/** Resolves (in the page) with the time from the Unlock click to the frame after the first client row appears. */
const watchFirstScreen = `new Promise((resolve) => {
  let clickedAt = null;
  document.addEventListener('click', (event) => {
    if (clickedAt === null && event.target instanceof Element && event.target.closest('button') && /^Unlock/.test(event.target.closest('button').textContent.trim())) clickedAt = performance.now();
  }, { capture: true });
  const observer = new MutationObserver(() => {
    if (clickedAt === null || !document.querySelector('tr.caseload-row:not(.caseload-row-loading)')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clickedAt), 0));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.__firstScreen = true;
})`;

/** Arms a watcher for the next keydown in the search box; resolves with the time to the frame after its results. */
const watchKeystroke = `(() => {
  const input = document.querySelector('input[role="combobox"]');
  const status = document.getElementById(input.getAttribute('aria-describedby'));
  window.__keystroke = new Promise((resolve) => {
    let keyAt = null;
    input.addEventListener('keydown', () => { keyAt = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const text = status.textContent.trim();
      if (keyAt === null || text === '' || text === 'Searching…') return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - keyAt), 0));
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
  });
})()`;

/** Polls an expression in the page. (waitForFunction would evaluate it with eval, which the CSP refuses.) */
async function waitUntil(page: Page, expression: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (await page.evaluate(expression)) return;
    await page.waitForTimeout(20);
  }
  throw new Error(`timed out waiting for ${expression}`);
}

async function settledSearch(page: Page): Promise<void> {
  await waitUntil(
    page,
    `(() => { const input = document.querySelector('input[role="combobox"]'); const text = document.getElementById(input.getAttribute('aria-describedby')).textContent.trim(); return input.value.trim() === '' || (text !== '' && text !== 'Searching…'); })()`,
  );
}

async function measureSearch(page: Page): Promise<number[]> {
  const input = page.getByRole('combobox', { name: 'Search clients and organisations' });
  // Plain letters only: Playwright types other characters without a keydown.
  const words = nameGroups
    .flatMap((group) => [...group.surnames, ...group.forenames])
    .filter((word) => /^[a-z]{4,}$/i.test(word));
  const times: number[] = [];
  for (let word = 0; times.length < 30; word += 1) {
    const name = (words[(word * 7) % words.length] as string).toLowerCase();
    await input.fill('');
    await input.focus();
    await page.keyboard.type(name.charAt(0));
    await settledSearch(page);
    // Each later letter changes the query, so each brings a fresh answer.
    for (const letter of name.slice(1, 4)) {
      await page.evaluate(watchKeystroke);
      await page.keyboard.press(letter);
      times.push(Number(await page.evaluate('window.__keystroke')));
    }
  }
  return times;
}

async function countRowsWhileScrolling(page: Page): Promise<number> {
  let most = 0;
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  for (let step = 0; step <= 20; step += 1) {
    await page.evaluate(`window.scrollTo({ top: ${Math.round((height * step) / 20)} })`);
    await page.waitForTimeout(100);
    most = Math.max(most, Number(await page.evaluate(`document.querySelectorAll('tr.caseload-row').length`)));
  }
  return most;
}

/** Runs the work while the harness makes verified backups of the vault, one after another, until the work is done. */
async function whileBackingUp<T>(harness: Harness, work: () => Promise<T>): Promise<{ result: T; backups: number }> {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-bench-backups-'));
  try {
    const configured = await harness.call('backups.configure', { folder, intervalHours: 24 });
    if (!configured.ok) throw new Error(`could not set the backup folder: ${configured.error.message}`);
    let isWorking = true;
    let backups = 0;
    const backingUp = (async () => {
      while (isWorking) {
        const made = await harness.call('backups.runNow', {});
        if (!made.ok) throw new Error(`a backup failed: ${made.error.message}`);
        backups += 1;
      }
    })();
    let result: T;
    try {
      result = await work();
    } finally {
      isWorking = false;
      await backingUp;
    }
    // The one under way as the work ended is counted: it ran beside the last keystrokes.
    return { result, backups };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  // The harness as the app ships its main process: bundled, under plain Node (see main/bench/bundle.ts).
  const bundleFolder = mkdtempSync(join(tmpdir(), 'waymark-bench-ui-bundle-'));
  log('building the harness as the app is built (esbuild, one CommonJS bundle)');
  const built = await buildMainBundle(process.cwd(), bundleFolder, 'harness');
  const harness = await startHarness({ autoLockSeconds: 3_600, built });
  const browser = await chromium.launch({
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
  });
  try {
    log(`generating a demo practice of ${clientCount} clients in ${harness.vaultDirectory}`);
    const vault = createVault({
      directory: harness.vaultDirectory,
      kdf: { name: 'argon2id', memoryKiB: kdfFloor.memoryKiB, iterations: kdfFloor.iterations, parallelism: 1 },
    });
    await vault.create(passphrase, passphrase);
    const practice = generateDemoPractice(vault.database(), {
      clients: clientCount,
      seed: 1,
      today: todayInLondon(),
      interviewsPerSeenClient: 7,
      onProgress: (written) => {
        if (written % 5_000 === 0 && written < clientCount) log(`  ${written} clients written`);
      },
    });
    vault.lock();

    const context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 860 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.goto(harness.url);
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    const firstScreen = page.evaluate(watchFirstScreen);
    await waitUntil(page, 'window.__firstScreen === true');
    log('unlocking');
    await page.getByRole('button', { name: /^Unlock$/ }).click();
    const firstScreenMs = Number(await firstScreen);
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();

    log('typing in search');
    const keystrokes = await measureSearch(page);
    await page.getByRole('combobox', { name: 'Search clients and organisations' }).fill('');

    log('scrolling the caseload');
    const domRows = await countRowsWhileScrolling(page);
    await page.evaluate('window.scrollTo({ top: 0 })');

    log('typing in search while backups run');
    const duringBackups = await whileBackingUp(harness, () => measureSearch(page));

    const report = {
      metrics: {
        first_screen_ms: round(firstScreenMs),
        search_keystroke_ms: round(percentile(keystrokes, 0.95)),
        dom_rows: domRows,
        search_keystroke_during_backup_ms: round(percentile(duringBackups.result, 0.95)),
      },
      backups_during_keystrokes: duringBackups.backups,
      clients: practice.clients,
      interviews: practice.interviews,
      keystrokes: keystrokes.length,
      search_keystroke_median_ms: round(percentile(keystrokes, 0.5)),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memory: `${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free)`,
        node: process.version,
        browser: `Chromium ${browser.version()}`,
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
    await harness.stop();
    rmSync(bundleFolder, { recursive: true, force: true });
  }
}

await run();
