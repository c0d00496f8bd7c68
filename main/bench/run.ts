// `waymark bench`: builds a temporary vault holding a demo practice and times
// what the adviser waits for. Figures go to docs/performance.md; targets live
// in the performance issue, never in tests.
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { todayInLondon } from '../../shared/dates';
import * as schema from '../db/schema';
import { applyMigrations, defaultMigrationsFolder } from '../db/migrations';
import { openEncryptedDatabase } from '../db/open';
import { checkForDamage } from '../vault/damage-check';
import { buildSubjectAccessBundle, clientBundleOptions } from '../services/subject-access';
import { searchCaseload } from '../services/search';
import { getClient } from '../services/clients';
import { listForClient, previousActions, saveNotes, startInterview } from '../services/interviews';
import { exportPlan, planForClient } from '../services/plans';
import { importRoll } from '../services/roll-import';
import { createVault } from '../vault';
import { deriveErasureKey } from '../vault/erasure-key';
import { unwrapDataKey, readKeyFile } from '../vault/key-file';
import { nameGroups } from '../services/demo/names';
import { benchPassphrase } from './practice';
import { bundleShape, growToBundleShape } from './bundle-client';
import { destinationsForClient } from '../services/destinations';
import { progressForClient } from '../services/progress';
import { timeDestinationsReturn } from './destinations-return';
import { timeTermlyReport } from './termly-report';
import { fillDiary, timeDiaryWeek } from './diary-week';

export type BenchReport = {
  metrics: Record<string, number>;
  clients: number;
  interviews: number;
  plans: number;
  consents: number;
  machine: { cpu: string; cores: number; memory: string; node: string };
};

const passphrase = benchPassphrase;

function timeRuns(runs: number, work: (run: number) => unknown): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work(run);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
const round = (value: number) => Math.round(value * 100) / 100;

export async function runBenchmark(clientCount: number, log: (line: string) => void = () => undefined): Promise<BenchReport> {
  const workspace = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  let peakRss = process.memoryUsage().rss;
  const sampleRss = () => {
    const rss = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rss);
    return Math.round(rss / (1024 * 1024));
  };
  try {
    const vault = createVault({ directory: join(workspace, 'vault') });
    log(`creating the vault and a demo practice of ${clientCount} clients (in a child process)`);
    await buildPracticeInChild(vault.files.directory, clientCount, log);
    log(`  memory now ${sampleRss()} MB`);

    const metrics: Record<string, number> = {};
    const keyFile = readKeyFile(vault.files.keyFile);
    const kdfStarted = performance.now();
    const dataKey = await unwrapDataKey(keyFile.passphrase, passphrase, 'passphrase');
    metrics.kdf_ms = round(performance.now() - kdfStarted);
    if (!dataKey) throw new Error('the benchmark vault did not unlock');

    // As unlocking opens the vault (main/vault/vault.ts): key and cipher checks, migrations.
    const openTimes = timeRuns(5, () => {
      const sqlite = openEncryptedDatabase(vault.files.database, dataKey);
      applyMigrations(sqlite, drizzle({ client: sqlite, schema }), defaultMigrationsFolder());
      sqlite.close();
    });
    metrics.open_ms = round(percentile(openTimes, 0.5));
    // The check that reads every page runs in a worker thread after unlocking; timed for the record, off the hot path.
    const checkStarted = performance.now();
    const checked = await checkForDamage(vault.files.database, dataKey, undefined);
    if (checked !== 'ok') throw new Error(`the benchmark vault's damage check came back ${checked}`);
    metrics.damage_check_background_ms = round(performance.now() - checkStarted);

    // What unlocking does once the key is known. vault.unlock() would run the key
    // derivation a second time, which the app never does in one unlock.
    const sqlite = openEncryptedDatabase(vault.files.database, dataKey);
    const open = { sqlite, db: drizzle({ client: sqlite, schema }), erasureKey: deriveErasureKey(dataKey) };
    applyMigrations(sqlite, open.db, defaultMigrationsFolder());
    const clientIds = (open.sqlite.prepare('SELECT id FROM clients ORDER BY id').all() as { id: string }[]).map((row) => row.id);
    const upns = (open.sqlite.prepare(`SELECT upn FROM clients WHERE upn <> '' LIMIT 50`).all() as { upn: string }[]).map((row) => row.upn.slice(0, 8));
    const names = nameGroups.flatMap((group) => [...group.forenames, ...group.surnames]);
    const queries = [...names.map((name) => name.slice(0, 4)), ...names.filter((name) => /[^\x20-\x7e]/.test(name)).map((name) => name.normalize('NFD').replace(/\p{M}/gu, '')), ...upns, 'open day', 'apprenticeship', 'nursing', 'maths resit'];
    log('searching');
    metrics.search_p95_ms = round(percentile(timeRuns(200, (run) => searchCaseload(open, queries[run % queries.length] as string, 20)), 0.95));

    const busiest = open.sqlite.prepare('SELECT client_id AS id, count(*) AS total FROM interviews GROUP BY client_id ORDER BY total DESC LIMIT 1').get() as { id: string; total: number };
    log(`opening client pages (memory now ${sampleRss()} MB)`);
    metrics.open_client_p95_ms = round(
      percentile(
        timeRuns(200, (run) => {
          const clientId = run % 4 === 0 ? busiest.id : (clientIds[(run * 7919) % clientIds.length] as string);
          getClient(open, clientId);
          listForClient(open, clientId);
          planForClient(open, clientId);
          previousActions(open, clientId);
          // The client page also shows destinations and the before-and-now chart.
          destinationsForClient(open, { clientId });
          progressForClient(open, { clientId });
        }),
        0.95,
      ),
    );

    const interview = startInterview(open, { clientId: busiest.id, templateId: 'grow', heldOn: todayInLondon() });
    const draft = 'The client talked about college courses and apprenticeships. '.repeat(34).slice(0, 2_048);
    log(`autosaving (memory now ${sampleRss()} MB)`);
    metrics.autosave_p95_ms = round(percentile(timeRuns(200, (run) => saveNotes(open, interview.id, run % 4, `${draft}${run}`)), 0.95));

    log(`opening a busy week of the diary (memory now ${sampleRss()} MB)`);
    metrics.diary_week_ms = round(percentile(timeDiaryWeek(open, fillDiary(open, todayInLondon()), timeRuns), 0.95));

    const planIds = (open.sqlite.prepare('SELECT id FROM action_plans LIMIT 50').all() as { id: string }[]).map((row) => row.id);
    log(`exporting plans (memory now ${sampleRss()} MB)`);
    const docxTimes: number[] = [];
    for (const planId of planIds) {
      const started = performance.now();
      await exportPlan(open, planId, { isEasyRead: false });
      docxTimes.push(performance.now() - started);
    }
    metrics.docx_plan_median_ms = round(percentile(docxTimes.sort((a, b) => a - b), 0.5));

    log('producing the termly report for the largest school');
    const termlyReport = await timeTermlyReport(open, todayInLondon());
    metrics.termly_report_ms = round(termlyReport.ms);

    log('writing the destination return for the largest Year 11 cohort');
    metrics.destinations_export_ms = round(timeDestinationsReturn(open, todayInLondon()).ms);

    // The practice as generated, before the bundle's client grows and the roll import adds its own 2,000 pupils.
    const counts = open.sqlite.prepare('SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM interviews) AS interviews, (SELECT count(*) FROM action_plans) AS plans, (SELECT count(*) FROM consents) AS consents').get() as { clients: number; interviews: number; plans: number; consents: number };

    growToBundleShape(open, busiest.id);
    log(`building the subject-access bundle of a client with ${bundleShape.interviews} interviews and ${bundleShape.planVersions} plan versions (memory now ${sampleRss()} MB)`);
    const sarStarted = performance.now();
    await buildSubjectAccessBundle(open, clientBundleOptions(open, { clientId: busiest.id, on: todayInLondon() }).options);
    metrics.sar_bundle_ms = round(performance.now() - sarStarted);
    sampleRss();
    const roll = ['UPN,Surname,Forename,DOB,Year,Reg', ...Array.from({ length: 2_000 }, (_, index) => `Z${String(index).padStart(12, '0')},Surname${index},Forename${index},01/09/2010,10,10A`)].join('\n');
    log('importing a 2,000-row roll');
    const importStarted = performance.now();
    importRoll(open, { organisationName: 'Benchmark Academy', csv: roll, isDryRun: false });
    metrics.roll_import_2000_ms = round(performance.now() - importStarted);

    log('comparing encrypted and plain SQLite');
    metrics.encryption_overhead_ratio = round(encryptionOverhead(workspace, dataKey));
    sampleRss();
    metrics.rss_mb = round(Math.max(peakRss, highWaterMark() ?? 0) / (1024 * 1024));

    sqlite.close();
    dataKey.fill(0);
    return {
      metrics,
      clients: counts.clients,
      interviews: counts.interviews,
      plans: counts.plans,
      consents: counts.consents,
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memory: `${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free)`, node: process.version },
    };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** The same read/write workload on an encrypted and a plain file, side by side in one run. */
function encryptionOverhead(workspace: string, dataKey: Buffer): number {
  const workload = (sqlite: Database.Database) => {
    sqlite.pragma('journal_mode=WAL');
    sqlite.pragma('synchronous=FULL');
    sqlite.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, client TEXT, body TEXT)');
    const insert = sqlite.prepare('INSERT INTO notes (client, body) VALUES (?, ?)');
    const started = performance.now();
    sqlite.transaction(() => {
      for (let row = 0; row < 20_000; row += 1) insert.run(`client-${row % 2_000}`, `Notes from interview ${row}: talked about courses and next steps.`);
    })();
    for (let commit = 0; commit < 100; commit += 1) insert.run('client-autosave', 'x'.repeat(2_048));
    const select = sqlite.prepare('SELECT count(*), max(length(body)) FROM notes WHERE client = ?');
    for (let read = 0; read < 2_000; read += 1) select.get(`client-${read}`);
    return performance.now() - started;
  };
  const plain = new Database(join(workspace, 'plain.db'));
  const encrypted = openEncryptedDatabase(join(workspace, 'encrypted.db'), dataKey);
  try {
    const plainTime = workload(plain);
    const encryptedTime = workload(encrypted);
    return encryptedTime / plainTime;
  } finally {
    plain.close();
    encrypted.close();
  }
}

/** The kernel's record of this process's peak resident memory (Linux); sampling alone misses short peaks. */
function highWaterMark(): number | null {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Creating the vault (three key derivations) and generating the practice are
 * the benchmark's set-up, not the app's work: a child process does them, so
 * rss_mb is the memory of a process that unlocks and uses a practice this size.
 */
function buildPracticeInChild(directory: string, clientCount: number, log: (line: string) => void): Promise<void> {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'build-practice.ts'), directory, String(clientCount)], {
      cwd: join(here, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WAYMARK_LOG_LEVEL: 'warn' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const progress = JSON.parse(line) as { written?: number };
      if (progress.written !== undefined && progress.written % 5_000 === 0 && progress.written < clientCount) log(`  ${progress.written} clients written`);
    });
    child.on('error', rejectBuild);
    child.on('close', (code) => (code === 0 ? resolveBuild() : rejectBuild(new Error(`building the practice failed (exit ${String(code)}): ${stderr}`))));
  });
}
