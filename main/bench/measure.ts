// The measured half of `waymark bench`: unlocks a practice built beforehand and
// times what the adviser waits for. It runs in a process of its own, either
// the built bundle under plain Node (what the app ships) or the sources under
// tsx, so rss_mb is the memory of a process doing only the app's work.
import { cpus, freemem, totalmem } from 'node:os';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { todayInLondon } from '../../shared/dates';
import * as schema from '../db/schema';
import { applyMigrations, defaultMigrationsFolder } from '../db/migrations';
import { assertUndamaged, openEncryptedDatabase } from '../db/open';
import { checkForDamage } from '../vault/damage-check';
import { checkPageSeals } from '../vault/page-seals';
import { buildSubjectAccessBundle, clientBundleOptions } from '../services/subject-access';
import { searchCaseload } from '../services/search';
import { getClient } from '../services/clients';
import { listForClient, previousActions, saveNotes, startInterview } from '../services/interviews';
import { planForClient } from '../services/plans';
import { importRoll } from '../services/roll-import';
import { derivedKeys } from '../vault/derived-keys';
import { unwrapDataKey, readKeyFile } from '../vault/key-file';
import { vaultFiles } from '../vault/paths';
import { useBackupNativeBinding, writeVerifiedBackup } from '../backup';
import { nameGroups } from '../services/demo/names';
import { benchPassphrase } from './passphrase';
import { bundleShape, growToBundleShape } from './bundle-client';
import { destinationsForClient } from '../services/destinations';
import { progressForClient } from '../services/progress';
import { timeDestinationsReturn } from './destinations-return';
import { timeTermlyReport } from './termly-report';
import { timePlanVariants } from './plan-variants';
import { fillDiary, timeDiaryWeek } from './diary-week';
import { timeBatchExport } from './batch-export';
import { encryptionOverhead } from './encryption-overhead';
import { timeSync } from './sync';

export type Measured = {
  metrics: Record<string, number>;
  clients: number;
  interviews: number;
  plans: number;
  consents: number;
  machine: { cpu: string; cores: number; memory: string; node: string };
};

function timeRuns(runs: number, work: (run: number) => unknown): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    work(run);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
const round = (value: number) => Math.round(value * 100) / 100;
const megabytes = (bytes: number) => round(bytes / (1024 * 1024));

/** The kernel's record of this process's peak resident memory (Linux); sampling alone misses short peaks. */
function highWaterMark(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : process.memoryUsage().rss;
  } catch {
    return process.memoryUsage().rss;
  }
}

export async function measurePractice(
  directory: string,
  nativeBinding: string | undefined,
  log: (line: string) => void,
): Promise<Measured> {
  const files = vaultFiles(directory);
  const workspace = mkdtempSync(join(directory, 'bench-'));
  useBackupNativeBinding(nativeBinding);
  // Resident now (of it, V8's heap and the buffers and WebAssembly memory outside it), then the high-water mark.
  const memoryNow = () => {
    const { rss, heapTotal, external } = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
    return `${mb(rss)} MB (heap ${mb(heapTotal)}, outside it ${mb(external)}), peak ${mb(highWaterMark())}`;
  };
  const metrics: Record<string, number> = {};
  const keyFile = readKeyFile(files.keyFile);
  const kdfStarted = performance.now();
  const dataKey = await unwrapDataKey(keyFile.passphrase, benchPassphrase, 'passphrase');
  metrics.kdf_ms = round(performance.now() - kdfStarted);
  if (!dataKey) throw new Error('the benchmark vault did not unlock');
  const unlockedAt = performance.now();
  log(`key derived (memory now ${memoryNow()} MB)`);

  // As unlocking opens the vault (main/vault/vault.ts): key and cipher checks, migrations.
  const openTimes = timeRuns(5, () => {
    const sqlite = openEncryptedDatabase(files.database, dataKey, { nativeBinding });
    applyMigrations(sqlite, drizzle({ client: sqlite, schema }), defaultMigrationsFolder());
    sqlite.close();
  });
  metrics.open_ms = round(percentile(openTimes, 0.5));
  // The check for damage runs in a worker thread two seconds after unlocking (main/vault/vault.ts, by when
  // the key-derivation thread has stopped): started as late here and timed as the app runs it on most unlocks
  // (every page's seal, with the worker's start-up); then each part alone: the seals, and SQLite's full check
  // of every page and table (weekly, or when a seal does not match).
  await new Promise((resolveWait) => setTimeout(resolveWait, Math.max(0, unlockedAt + 2_000 - performance.now())));
  const checkStarted = performance.now();
  const checked = await checkForDamage(files.database, dataKey, nativeBinding, { isFullCheckDue: false });
  if (checked.outcome !== 'ok') throw new Error(`the benchmark vault's damage check came back ${checked.outcome}`);
  metrics.damage_check_background_ms = round(performance.now() - checkStarted);
  const sealTimes = timeRuns(1, () => {
    const { unsealedPages } = checkPageSeals(files.database, dataKey);
    if (unsealedPages.length > 0) throw new Error(`the benchmark vault has pages whose seal does not match`);
  });
  metrics.damage_check_ms = round(sealTimes[0] ?? 0);
  const fullCheckTimes = timeRuns(1, () => {
    const reader = openEncryptedDatabase(files.database, dataKey, { nativeBinding, isReadOnly: true });
    try {
      assertUndamaged(reader);
    } finally {
      reader.close();
    }
  });
  metrics.damage_check_full_ms = round(fullCheckTimes[0] ?? 0);
  log(`damage checked (memory now ${memoryNow()} MB)`);

  // What unlocking does once the key is known: the app never derives the key twice in one unlock.
  const sqlite = openEncryptedDatabase(files.database, dataKey, { nativeBinding });
  const open = { sqlite, db: drizzle({ client: sqlite, schema }), ...derivedKeys(dataKey) };
  applyMigrations(sqlite, open.db, defaultMigrationsFolder());
  const clientIds = (open.sqlite.prepare('SELECT id FROM clients ORDER BY id').all() as { id: string }[]).map(
    (row) => row.id,
  );
  const upns = (open.sqlite.prepare(`SELECT upn FROM clients WHERE upn <> '' LIMIT 50`).all() as { upn: string }[]).map(
    (row) => row.upn.slice(0, 8),
  );
  const names = nameGroups.flatMap((group) => [...group.forenames, ...group.surnames]);
  const queries = [
    ...names.map((name) => name.slice(0, 4)),
    ...names.filter((name) => /[^\x20-\x7e]/.test(name)).map((name) => name.normalize('NFD').replace(/\p{M}/gu, '')),
    ...upns,
    'open day',
    'apprenticeship',
    'nursing',
    'maths resit',
  ];
  log(`searching (memory now ${memoryNow()} MB)`);
  metrics.search_p95_ms = round(
    percentile(
      timeRuns(200, (run) => searchCaseload(open, queries[run % queries.length] as string, 20)),
      0.95,
    ),
  );

  const busiest = open.sqlite
    .prepare('SELECT client_id AS id, count(*) AS total FROM interviews GROUP BY client_id ORDER BY total DESC LIMIT 1')
    .get() as { id: string; total: number };
  log(`opening client pages (memory now ${memoryNow()} MB)`);
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
  log(`autosaving (memory now ${memoryNow()} MB)`);
  metrics.autosave_p95_ms = round(
    percentile(
      timeRuns(200, (run) => saveNotes(open, interview.id, run % 4, `${draft}${run}`)),
      0.95,
    ),
  );

  log(`opening a busy week of the diary (memory now ${memoryNow()} MB)`);
  metrics.diary_week_ms = round(percentile(timeDiaryWeek(open, fillDiary(open, todayInLondon()), timeRuns), 0.95));

  const planIds = (open.sqlite.prepare('SELECT id FROM action_plans LIMIT 50').all() as { id: string }[]).map(
    (row) => row.id,
  );
  log(`exporting plans (memory now ${memoryNow()} MB)`);
  const planTimes = await timePlanVariants(open, planIds);
  metrics.docx_plan_median_ms = round(planTimes.standardMs);
  // The slowest reader's copy (easy read with pictures, Welsh, bilingual, dyslexia-friendly), also within 60 ms.
  metrics.docx_plan_slowest_variant_ms = round(planTimes.slowest.ms);
  log(`slowest plan variant: ${planTimes.slowest.name}`);

  log(`exporting 300 plans of one school to a folder (memory now ${memoryNow()} MB)`);
  metrics.batch_export_300_ms = round((await timeBatchExport(open, workspace)).ms);

  log(`producing the termly report for the largest school (memory now ${memoryNow()} MB)`);
  metrics.termly_report_ms = round((await timeTermlyReport(open, todayInLondon())).ms);

  log(`writing the destination return for the largest Year 11 cohort (memory now ${memoryNow()} MB)`);
  metrics.destinations_export_ms = round(timeDestinationsReturn(open, todayInLondon()).ms);

  // The practice as generated, before the bundle's client grows and the roll import adds its own 2,000 pupils.
  const counts = open.sqlite
    .prepare(
      'SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM interviews) AS interviews, (SELECT count(*) FROM action_plans) AS plans, (SELECT count(*) FROM consents) AS consents',
    )
    .get() as { clients: number; interviews: number; plans: number; consents: number };

  growToBundleShape(open, busiest.id);
  log(
    `building the subject-access bundle of a client with ${bundleShape.interviews} interviews and ${bundleShape.planVersions} plan versions (memory now ${memoryNow()} MB)`,
  );
  const sarStarted = performance.now();
  await buildSubjectAccessBundle(
    open,
    clientBundleOptions(open, { clientId: busiest.id, on: todayInLondon() }).options,
  );
  metrics.sar_bundle_ms = round(performance.now() - sarStarted);
  const roll = [
    'UPN,Surname,Forename,DOB,Year,Reg',
    ...Array.from(
      { length: 2_000 },
      (_, index) => `Z${String(index).padStart(12, '0')},Surname${index},Forename${index},01/09/2010,10,10A`,
    ),
  ].join('\n');
  log(`importing a 2,000-row roll (memory now ${memoryNow()} MB)`);
  const importStarted = performance.now();
  importRoll(open, { organisationName: 'Benchmark Academy', csv: roll, isDryRun: false });
  metrics.roll_import_2000_ms = round(performance.now() - importStarted);

  log(`comparing encrypted and plain SQLite (memory now ${memoryNow()} MB)`);
  metrics.encryption_overhead_ratio = round(encryptionOverhead(workspace, dataKey, nativeBinding));
  // The app's memory for its everyday work; the backup's own peak follows.
  metrics.rss_mb = megabytes(highWaterMark());

  log(`backing up the practice, verified (memory now ${memoryNow()} MB)`);
  const backupStarted = performance.now();
  writeVerifiedBackup({ sqlite, keyFile: files.keyFile, dataKey }, join(workspace, 'practice.waymark-backup'));
  metrics.backup_ms = round(performance.now() - backupStarted);
  metrics.backup_peak_rss_mb = megabytes(highWaterMark());

  // WAYMARK_BENCH_SKIP_SYNC=1 leaves the sync out (a first sync of 100,000 clients takes a quarter of an hour).
  if (process.env.WAYMARK_BENCH_SKIP_SYNC !== '1') {
    log(
      `recording the practice for sync as the app does in the background, syncing it into an empty shared folder, then one note to a second vault (memory now ${memoryNow()} MB)`,
    );
    const synced = await timeSync(
      open,
      { database: join(workspace, 'second-computer.db'), dataKey, nativeBinding },
      workspace,
    );
    metrics.sync_record_all_ms = round(synced.recordAllMs);
    metrics.sync_initial_ms = round(synced.initialMs);
    metrics.sync_one_change_ms = round(synced.oneChangeMs);
  }

  sqlite.close();
  dataKey.fill(0);
  rmSync(workspace, { recursive: true, force: true });
  return {
    metrics,
    clients: counts.clients,
    interviews: counts.interviews,
    plans: counts.plans,
    consents: counts.consents,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memory: `${Math.round(totalmem() / 2 ** 30)} GiB (${Math.round(freemem() / 2 ** 30)} GiB free)`,
      node: process.version,
    },
  };
}
