// Starts one Waymark harness per test on a fresh vault folder, and talks to it
// directly (as main's own tests would) to set up a vault without the UI.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const startTimeoutMs = 30_000;

/**
 * isDemoOffered: start like `npm run preview`, offering the generated demo practice.
 * built: run the harness built as the app is (main/bench/bundle.ts) under plain Node, not the sources
 * under tsx; by default the one global-setup.ts built for the run, if it did.
 */
export type HarnessOptions = {
  autoLockSeconds: number;
  isDemoOffered?: boolean;
  built?: { entry: string; nativeBinding: string };
};

export type Harness = {
  /** The address to open, with the token in its fragment. */
  url: string;
  origin: string;
  vaultDirectory: string;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  /** The end of main's log, to explain an unexpected answer. */
  logTail(): string;
  stop(): Promise<void>;
};

export const builtHarnessVariable = 'WAYMARK_E2E_BUILT_HARNESS';

export async function startHarness({
  autoLockSeconds,
  isDemoOffered = false,
  built = builtForThisRun(),
}: HarnessOptions): Promise<Harness> {
  const vaultDirectory = await mkdtemp(join(tmpdir(), 'waymark-e2e-'));
  const child = spawn(
    process.execPath,
    [
      ...(built ? [built.entry] : ['--import', 'tsx', 'main/harness/cli.ts']),
      '--vault',
      vaultDirectory,
      '--fast-kdf',
      '--auto-lock-seconds',
      String(autoLockSeconds),
      ...(isDemoOffered ? ['--offer-demo'] : []),
    ],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WAYMARK_LOG_LEVEL: process.env.WAYMARK_E2E_LOG_LEVEL ?? 'warn',
        ...(built ? { WAYMARK_HARNESS_NATIVE_BINDING: built.nativeBinding } : {}),
      },
    },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4_000);
    // WAYMARK_E2E_HARNESS_LOG=1 shows main's log while debugging a test (WAYMARK_E2E_LOG_LEVEL=info for more of it).
    if (process.env.WAYMARK_E2E_HARNESS_LOG) process.stderr.write(chunk);
  });

  let started: { url: string; origin: string; token: string };
  try {
    started = await readStartLine(child);
  } catch (error) {
    await stopProcess(child);
    await rm(vaultDirectory, { recursive: true, force: true });
    throw new Error(`The harness did not start: ${error instanceof Error ? error.message : String(error)}\n${stderr}`);
  }

  return {
    url: started.url,
    origin: started.origin,
    vaultDirectory,
    call: (channel, input) => callHarness(started, channel, input),
    logTail: () => stderr,
    async stop() {
      await stopProcess(child);
      await rm(vaultDirectory, { recursive: true, force: true });
    },
  };
}

function builtForThisRun(): HarnessOptions['built'] {
  const described = process.env[builtHarnessVariable];
  return described ? (JSON.parse(described) as HarnessOptions['built']) : undefined;
}

async function callHarness<C extends ChannelName>(
  harness: { origin: string; token: string },
  channel: C,
  input: ChannelInput<C>,
): Promise<Result<ChannelOutput<C>>> {
  const response = await fetch(`${harness.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-waymark-token': harness.token },
    body: JSON.stringify(input),
  });
  // The harness answers the contract's envelope, validated by main's dispatcher.
  return (await response.json()) as Result<ChannelOutput<C>>;
}

function readStartLine(child: ChildProcess): Promise<{ url: string; origin: string; token: string }> {
  return new Promise((resolveLine, rejectLine) => {
    if (!child.stdout) {
      rejectLine(new Error('no stdout'));
      return;
    }
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => rejectLine(new Error(`no start line within ${startTimeoutMs} ms`)), startTimeoutMs);
    child.once('exit', (code) => rejectLine(new Error(`exited with code ${String(code)}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      lines.close();
      try {
        resolveLine(JSON.parse(line) as { url: string; origin: string; token: string });
      } catch {
        rejectLine(new Error(`unexpected first line: ${line}`));
      }
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const forceTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(forceTimer);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
