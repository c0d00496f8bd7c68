// Crash safety: a writer process is killed with SIGKILL at random moments, at
// least 100 times, against the same vault. After every kill the vault opens
// with the app's own open sequence, `PRAGMA integrity_check` (and FTS5's own
// check) is ok, and every commit the writer acknowledged before it died is
// there, whole: the new clients with their history and search entries, the
// interview notes at least as long as last acknowledged, the consents.
//
// How this can fail: if a service acknowledged (returned) before its commit was
// durable, or split one save over several transactions (a client without its
// search entry or history, notes that are not a run of whole words), if the
// open sequence or a checkpoint interrupted by the kill damaged the file, or if
// a later crash lost an earlier round's commits, the checks below fail and
// name the seed, the round and the delay so the run can be repeated
// (WAYMARK_CRASH_SEED=<seed>).
//
// The writer is bundled once with esbuild and started with plain node (tsx
// would add about 0.5 s of start-up to each of the 100 rounds), and the next
// writer loads while the last kill is being checked. The kill comes 20-300 ms
// after the writer says the vault is open; every tenth round it comes while
// the database is being opened and its migrations checked instead.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, defaultMigrationsFolder } from '../../main/db/migrations';
import { openEncryptedDatabase } from '../../main/db/open';
import * as schema from '../../main/db/schema';
import { getInterview } from '../../main/services/interviews';
import type { Vault } from '../../main/vault';
import { seededRandom } from '../support/seeded-random';
import { makeTempDirectory, makeVaultWithRoll, removeDirectory, strongPassphrase } from '../support/vault-fixture';

const kills = Number(process.env.WAYMARK_CRASH_KILLS ?? 100);
const seed = Number(process.env.WAYMARK_CRASH_SEED ?? Date.now() % 1_000_000);

let vault: Vault;
let clientId: string;
let dataKeyHex: string;
let bundleFolder: string;
let writerScript: string;

beforeAll(async () => {
  const made = await makeVaultWithRoll(
    'Surname,Forename,DOB,Year\nNowak,Zofia,04/05/2009,11\n',
    new Date('2026-11-23T10:00:00Z'),
  );
  vault = made.vault;
  clientId = made.clientIdOf('Nowak');
  dataKeyHex = vault.dataKey().toString('hex');
  vault.lock();
  bundleFolder = makeTempDirectory('waymark-crash-writer-');
  writerScript = join(bundleFolder, 'crash-writer.cjs');
  await build({
    entryPoints: ['tests/support/crash-writer.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    outfile: writerScript,
    logLevel: 'error',
  });
});
// A test that timed out (a loaded machine) carries on in the background: it stops at its next
// round, and no writer outlives the file to burn a core through the files that run after it.
const liveWriters = new Set<() => void>();
let isAbandoned = false;
afterAll(() => {
  isAbandoned = true;
  for (const kill of liveWriters) kill();
  removeDirectory(bundleFolder);
  removeDirectory(vault.files.directory);
});

type Acknowledged = { clients: Set<string>; notes: Map<string, number>; consents: number };

type Round = {
  lines: string[];
  openMs: number | null;
  stderr: string;
  exit: { code: number | null; signal: NodeJS.Signals | null };
};

type Writer = { go(killAfterReadyMs: number | null, killAfterGoMs: number): Promise<Round>; stop(): void };

/**
 * Starts a writer that loads its modules and waits; go() lets it open the vault
 * and write, kills it at the chosen moment, and collects what it acknowledged.
 */
function startWriter(round: number): Writer {
  const child = spawn(
    process.execPath,
    [writerScript, vault.files.database, defaultMigrationsFolder(), clientId, String(round)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: resolve('node_modules'), WAYMARK_CRASH_KEY: dataKeyHex },
    },
  );
  const lines: string[] = [];
  let buffered = '';
  let stderr = '';
  let openMs: number | null = null;
  let wentAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let onReady: () => void = () => undefined;
  const exited = new Promise<Round['exit']>((resolveExit, rejectExit) => {
    child.on('error', rejectExit);
    // 'close', not 'exit': only then has every acknowledgement in the pipe been read.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolveExit({ code, signal });
    });
  });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const complete = buffered.split('\n');
    // A line without its newline was not fully acknowledged.
    buffered = complete.pop() ?? '';
    for (const line of complete) {
      if (line === 'ready' && openMs === null) {
        openMs = performance.now() - wentAt;
        onReady();
      } else lines.push(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const kill = () => child.kill('SIGKILL');
  liveWriters.add(kill);
  child.on('close', () => liveWriters.delete(kill));
  return {
    async go(killAfterReadyMs, killAfterGoMs) {
      wentAt = performance.now();
      if (killAfterReadyMs === null) timer = setTimeout(kill, killAfterGoMs);
      else onReady = () => (timer = setTimeout(kill, killAfterReadyMs));
      child.stdin.end('go\n');
      const exit = await exited;
      return { lines, openMs, stderr, exit };
    },
    stop: kill,
  };
}

function record(acknowledged: Acknowledged, lines: string[]): void {
  for (const line of lines) {
    const [kind, first, second] = line.split(' ') as [string, string, string | undefined];
    if (kind === 'client') acknowledged.clients.add(first);
    else if (kind === 'interview') acknowledged.notes.set(first, acknowledged.notes.get(first) ?? 0);
    else if (kind === 'notes') acknowledged.notes.set(first, Number(second));
    else if (kind === 'consents') acknowledged.consents = Math.max(acknowledged.consents, Number(first));
    else throw new Error(`unexpected line from the writer: ${line}`);
  }
}

/** Opens the vault as unlocking does (key check, cipher check, migrations) and checks every acknowledged commit. */
function verify(acknowledged: Acknowledged, context: string): void {
  const sqlite = openEncryptedDatabase(vault.files.database, Buffer.from(dataKeyHex, 'hex'));
  try {
    applyMigrations(sqlite, drizzle({ client: sqlite, schema }), defaultMigrationsFolder());
    expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
    for (const index of ['search_index', 'name_index'])
      expect(() => sqlite.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`), context).not.toThrow();

    const clientIds = new Set(
      (sqlite.prepare('SELECT id FROM clients').all() as { id: string }[]).map((row) => row.id),
    );
    const missing = [...acknowledged.clients].filter((id) => !clientIds.has(id));
    expect(missing, `${context}: acknowledged clients missing`).toEqual([]);
    // Each client is whole: its search entry and its first history rows came in the same commit.
    const halfWritten = sqlite
      .prepare(
        `SELECT count(*) AS total FROM clients c
         WHERE NOT EXISTS (SELECT 1 FROM search_rows s WHERE s.record_key = 'client:' || c.id)
            OR NOT EXISTS (SELECT 1 FROM provision_level_history h WHERE h.client_id = c.id)
            OR NOT EXISTS (SELECT 1 FROM client_organisation_history o WHERE o.client_id = c.id)`,
      )
      .get() as { total: number };
    expect(halfWritten.total, `${context}: clients without their search entry or history`).toBe(0);

    const open = { sqlite, db: drizzle({ client: sqlite, schema }) };
    for (const [interviewId, length] of acknowledged.notes) {
      const notes = getInterview(open, interviewId).stages[0]?.notes ?? '';
      expect(
        notes.length,
        `${context}: interview ${interviewId} notes shorter than acknowledged`,
      ).toBeGreaterThanOrEqual(length);
      if (notes !== '') expect(notes, context).toMatch(/^(w\d+ )+$/);
    }
    const consents = sqlite.prepare('SELECT count(*) AS total FROM consents WHERE client_id = ?').get(clientId) as {
      total: number;
    };
    expect(consents.total, `${context}: consents`).toBeGreaterThanOrEqual(acknowledged.consents);
  } finally {
    sqlite.close();
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged commit and an intact database through ${kills} SIGKILLs at random moments`, async () => {
    const random = seededRandom(seed);
    const acknowledged: Acknowledged = { clients: new Set(), notes: new Map(), consents: 0 };
    const openTimes: number[] = [];
    let killedWhileWriting = 0;
    let next = startWriter(0);
    try {
      for (let round = 0; round < kills && !isAbandoned; round += 1) {
        const writer = next;
        const isDuringOpen = round % 10 === 9;
        const medianOpen =
          openTimes.length > 0
            ? ([...openTimes].sort((a, b) => a - b)[Math.floor(openTimes.length / 2)] as number)
            : 50;
        const killAfterReadyMs = isDuringOpen ? null : 20 + Math.floor(random() * 281);
        const killAfterGoMs = Math.floor(random() * medianOpen);
        const context = `seed ${seed}, round ${round}, kill ${killAfterReadyMs === null ? `${killAfterGoMs} ms into opening` : `${killAfterReadyMs} ms after ready`}`;

        const running = writer.go(killAfterReadyMs, killAfterGoMs);
        // The next writer loads its modules meanwhile; it touches the vault only after go().
        next = startWriter(round + 1);
        const result = await running;
        // The writer never stops on its own: any other ending is a failure inside it.
        expect(result.exit, `${context}: ${result.stderr}`).toEqual({ code: null, signal: 'SIGKILL' });
        if (result.openMs !== null) openTimes.push(result.openMs);
        if (result.lines.length > 0) killedWhileWriting += 1;
        record(acknowledged, result.lines);
        verify(acknowledged, context);
      }
    } finally {
      next.stop();
    }

    // The kills really landed while commits were happening, and the run acknowledged plenty.
    expect(killedWhileWriting).toBeGreaterThanOrEqual(Math.floor(kills / 2));
    expect(acknowledged.clients.size).toBeGreaterThan(kills);
    // The adviser's own way in still works afterwards.
    await vault.unlock(strongPassphrase);
    expect(vault.database().sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    vault.lock();
  }, 240_000);
});
