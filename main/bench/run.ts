// `waymark bench`: builds a temporary vault holding a demo practice and times
// what the adviser waits for. Figures go to docs/performance.md; targets live
// in the performance issue, never in tests.
//
// Three processes: one builds the practice (the generator's memory is not the
// app's), then the same measurements run twice, on copies of the same
// practice: in the built bundle under plain Node, as the app ships, and in the
// sources under tsx, kept beside it for comparison with earlier runs
// (rss_mb_tsx, open_ms_tsx). WAYMARK_BENCH_PRACTICE=<folder> keeps the built
// practice there and reuses it on the next run of the same size;
// WAYMARK_BENCH_SKIP_TSX=1 leaves out the tsx run, WAYMARK_BENCH_SKIP_SYNC=1 the sync.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { vaultFiles } from '../vault/paths';
import { buildMainBundle } from './bundle';
import type { Measured } from './measure';

export type BenchReport = Measured & { runtime: string };

const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, '..', '..');

export async function runBenchmark(
  clientCount: number,
  log: (line: string) => void = () => undefined,
): Promise<BenchReport> {
  const workspace = mkdtempSync(join(tmpdir(), 'waymark-bench-'));
  try {
    const practice = await practiceFolder(workspace, clientCount, log);
    log('building the measuring process as the app is built (esbuild, one CommonJS bundle)');
    const bundle = await buildMainBundle(projectRoot, join(workspace, 'bundle'));

    log('measuring in the built bundle under plain Node');
    const shipped = await measureInChild(
      [bundle.entry],
      copyPractice(practice, join(workspace, 'bundle-run')),
      bundle.nativeBinding,
      log,
    );
    const metrics = { ...shipped.metrics };
    if (process.env.WAYMARK_BENCH_SKIP_TSX !== '1') {
      log('measuring the same again in the sources under tsx');
      const underTsx = await measureInChild(
        ['--import', 'tsx', join(here, 'measure-child.ts')],
        copyPractice(practice, join(workspace, 'tsx-run')),
        undefined,
        log,
      );
      metrics.rss_mb_tsx = underTsx.metrics.rss_mb ?? 0;
      metrics.open_ms_tsx = underTsx.metrics.open_ms ?? 0;
    }
    return { ...shipped, metrics, runtime: `built bundle under Node ${process.version}` };
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** A practice of this size: the kept one when WAYMARK_BENCH_PRACTICE names a folder that holds it, else built now. */
async function practiceFolder(workspace: string, clientCount: number, log: (line: string) => void): Promise<string> {
  const kept = process.env.WAYMARK_BENCH_PRACTICE;
  const folder = kept ? join(kept, `clients-${clientCount}`) : join(workspace, 'practice');
  const marker = join(folder, 'bench-practice.json');
  if (kept && existsSync(marker)) {
    log(`reusing the practice of ${clientCount} clients kept in ${folder}`);
    return folder;
  }
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  log(`creating the vault and a demo practice of ${clientCount} clients (in a child process)`);
  await buildPracticeInChild(folder, clientCount, log);
  writeFileSync(marker, JSON.stringify({ clients: clientCount }));
  return folder;
}

/** The vault is closed here (no process has it open), so copying its files is a consistent copy. */
function copyPractice(practice: string, target: string): string {
  const from = vaultFiles(practice);
  const to = vaultFiles(target);
  mkdirSync(target, { recursive: true });
  for (const [source, destination] of [
    [from.keyFile, to.keyFile],
    [from.database, to.database],
    [`${from.database}-wal`, `${to.database}-wal`],
  ] as const) {
    if (existsSync(source)) cpSync(source, destination);
  }
  return target;
}

function measureInChild(
  args: string[],
  directory: string,
  nativeBinding: string | undefined,
  log: (line: string) => void,
): Promise<Measured> {
  return new Promise((resolveMeasure, rejectMeasure) => {
    const child = spawn(process.execPath, [...args, directory], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WAYMARK_LOG_LEVEL: 'warn',
        ...(nativeBinding ? { WAYMARK_BENCH_NATIVE_BINDING: nativeBinding } : {}),
      },
    });
    let stdout = '';
    let lastLines = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    createInterface({ input: child.stderr }).on('line', (line) => {
      lastLines = `${lastLines}\n${line}`.slice(-4_000);
      log(`  ${line}`);
    });
    child.on('error', rejectMeasure);
    child.on('close', (code) => {
      const result = stdout.trim().split('\n').at(-1);
      if (code === 0 && result) resolveMeasure(JSON.parse(result) as Measured);
      else rejectMeasure(new Error(`measuring failed (exit ${String(code)}): ${lastLines}`));
    });
  });
}

/**
 * Creating the vault (three key derivations) and generating the practice are
 * the benchmark's set-up, not the app's work: a child process does them, so
 * rss_mb is the memory of a process that unlocks and uses a practice this size.
 */
function buildPracticeInChild(directory: string, clientCount: number, log: (line: string) => void): Promise<void> {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(here, 'build-practice.ts'), directory, String(clientCount)],
      {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, WAYMARK_LOG_LEVEL: 'warn' },
      },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4_000);
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const progress = JSON.parse(line) as { written?: number };
      if (progress.written !== undefined && progress.written % 5_000 === 0 && progress.written < clientCount)
        log(`  ${progress.written} clients written`);
    });
    child.on('error', rejectBuild);
    child.on('close', (code) =>
      code === 0
        ? resolveBuild()
        : rejectBuild(new Error(`building the practice failed (exit ${String(code)}): ${stderr}`)),
    );
  });
}
