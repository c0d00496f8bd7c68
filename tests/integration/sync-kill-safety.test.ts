// Sync is killed at random moments, at least 50 times, on two computers'
// vaults sharing one folder. After every kill, a client the killed process
// acknowledged is in its vault; at the end, once both computers have synced
// without being killed, every acknowledged client is in both vaults, both
// vaults agree on everything sync carries, and the folder holds nothing
// either computer cannot read.
//
// How this can fail: a sync that cleared its outbox before the change it
// recorded was committed, marked a document sent before its chunk was whole
// in the folder, or left a half-written chunk under its real name (a rename
// that was not atomic) would lose a client or leave a skipped file behind.
//
// The runner is bundled once with esbuild and started with plain node, as the
// crash-safety test does. The kill comes at a random moment after the runner's
// first edit, up to one and a half times the longest sync seen so far, so it
// lands in reading and sealing chunks, in writing them, in writing what arrived
// into the tables, and in the next edit.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../main/db/migrations';
import { getClient } from '../../main/services/clients';
import { syncWithFolder } from '../../main/services/sync';
import { vaultFiles } from '../../main/vault/paths';
import type { OpenVault, Vault } from '../../main/vault';
import { aClient, aSchool } from '../support/factories';
import { seededRandom } from '../support/seeded-random';
import { syncedRecords } from '../support/synced-records';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const kills = Number(process.env.WAYMARK_SYNC_KILLS ?? 50);
const seed = Number(process.env.WAYMARK_CRASH_SEED ?? Date.now() % 1_000_000);

let workspace: string;
let runnerScript: string;
let dataKeyHex: string;
const folder = () => join(workspace, 'shared');
const computers = ['laptop', 'desktop'] as const;
const directoryOf = (computer: string) => join(workspace, computer);

beforeAll(async () => {
  workspace = makeTempDirectory('waymark-sync-kill-');
  mkdirSync(folder());
  const first = makeVault({ directory: directoryOf('laptop') });
  await first.create(strongPassphrase, strongPassphrase);
  await first.unlock(strongPassphrase);
  aClient(first.database(), { organisationId: aSchool(first.database()) });
  await syncWithFolder(first.database(), folder());
  dataKeyHex = first.dataKey().toString('hex');
  first.lock();
  // The second computer is set up from a copy of the vault made after the first sync, as a restored backup is.
  cpSync(directoryOf('laptop'), directoryOf('desktop'), { recursive: true });
  runnerScript = join(workspace, 'sync-runner.cjs');
  await build({
    entryPoints: ['tests/support/sync-runner.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // Automerge loads its WebAssembly from beside its own files.
    external: ['better-sqlite3', '@automerge/automerge'],
    outfile: runnerScript,
    logLevel: 'error',
  });
}, 120_000);

afterAll(() => removeDirectory(workspace));

type Round = { lines: string[]; stderr: string; signal: NodeJS.Signals | null; syncMs: number[] };

/** Starts the runner and kills it the given time after its first edit is acknowledged, so the kill lands in a sync. */
function runUntilKilled(computer: string, killAfterFirstEditMs: number): Promise<Round> {
  const child = spawn(
    process.execPath,
    [runnerScript, vaultFiles(directoryOf(computer)).database, defaultMigrationsFolder(), folder(), computer],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: resolve('node_modules'), WAYMARK_SYNC_KEY_HEX: dataKeyHex },
    },
  );
  const lines: string[] = [];
  const syncMs: number[] = [];
  let editedAt = 0;
  let buffered = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    // A line without its newline was not fully acknowledged.
    buffered = complete.pop() ?? '';
    for (const line of complete) {
      if (line === 'ready') continue;
      if (line.startsWith('client ') && editedAt === 0) setTimeout(() => child.kill('SIGKILL'), killAfterFirstEditMs);
      if (line.startsWith('client ')) editedAt = performance.now();
      if (line === 'synced') syncMs.push(performance.now() - editedAt);
      lines.push(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end('go\n');
  return new Promise((resolveRound, rejectRound) => {
    child.on('error', rejectRound);
    child.on('close', (_code, signal) => resolveRound({ lines, stderr, signal, syncMs }));
  });
}

async function openComputer(computer: string): Promise<{ vault: Vault; open: OpenVault }> {
  const vault = makeVault({ directory: directoryOf(computer) });
  await vault.unlock(strongPassphrase);
  return { vault, open: vault.database() };
}

it(`loses no acknowledged change when sync is killed ${kills} times on two computers`, async () => {
  const random = seededRandom(seed);
  const acknowledged: string[] = [];
  let syncsCompleted = 0;
  let killedInSync = 0;
  // Kills land anywhere in a sync: up to one and a half times the longest sync seen so far (a loaded machine is slower).
  let longestSyncMs = 600;
  for (let round = 0; round < kills; round += 1) {
    const computer = computers[Math.floor(random() * 2)] as string;
    const delay = Math.floor(random() * longestSyncMs * 1.5);
    const result = await runUntilKilled(computer, delay);
    const where = `seed ${seed}, round ${round} (${computer}, killed ${delay} ms after its first edit)`;
    expect(result.signal, `${where}: ${result.stderr}`).toBe('SIGKILL');
    expect(result.stderr, where).not.toMatch(/Error/);
    acknowledged.push(...result.lines.filter((line) => line.startsWith('client ')).map((line) => line.slice(7)));
    syncsCompleted += result.syncMs.length;
    longestSyncMs = Math.max(longestSyncMs, ...result.syncMs);
    if (result.lines.at(-1)?.startsWith('client ')) killedInSync += 1;
  }
  // The kills must land while syncs run, and some syncs must finish between them.
  expect(killedInSync, `seed ${seed}`).toBeGreaterThan(kills / 4);
  expect(syncsCompleted, `seed ${seed}`).toBeGreaterThan(0);
  expect(acknowledged.length).toBeGreaterThanOrEqual(kills);

  const laptop = await openComputer('laptop');
  const desktop = await openComputer('desktop');
  try {
    const reports = [];
    for (const { open } of [laptop, desktop, laptop, desktop]) reports.push(await syncWithFolder(open, folder()));
    for (const report of reports) expect(report.skipped, `seed ${seed}: ${JSON.stringify(report.skipped)}`).toEqual([]);
    for (const clientId of acknowledged) {
      expect(getClient(laptop.open, clientId).forename, `seed ${seed}: ${clientId}`).toBe('Siân');
      expect(getClient(desktop.open, clientId).forename, `seed ${seed}: ${clientId}`).toBe('Siân');
    }
    expect(syncedRecords(desktop.open)).toEqual(syncedRecords(laptop.open));
    for (const { open } of [laptop, desktop])
      expect(open.sqlite.pragma('integrity_check', { simple: true }), `seed ${seed}`).toBe('ok');
  } finally {
    laptop.vault.lock();
    desktop.vault.lock();
  }
}, 600_000);
