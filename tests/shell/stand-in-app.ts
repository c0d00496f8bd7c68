// Lays out a temporary copy of the built app (dist/electron, dist/renderer,
// dist/icons) with the stand-in `electron` module in its node_modules and the
// Node build of the SQLite addon where the packaged app finds its own, then
// runs dist/electron/main.cjs under Node and drives it over the fork's IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export const projectRoot = process.cwd();
export const nodeBuildOfAddon = join(
  createRequire(join(projectRoot, 'package.json')).resolve('better-sqlite3/package.json'),
  '..',
  'build',
  'Release',
  'better_sqlite3.node',
);

export type StandInRecord = {
  appEvents: string[];
  quitSequence: string[];
  switches: string[];
  paths: Record<string, string>;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  handledSchemes: string[];
  ipcChannels: string[];
  windows: { webPreferences: Record<string, unknown>; icon?: string; show?: boolean }[];
  loaded: { url: string; status: number; contentSecurityPolicy: string | null }[];
  menu: unknown;
  spellCheckerEnabled: boolean | null;
  dictionaryDownloadUrls: string[];
  errorBoxes: { title: string; content: string }[];
  messageBoxes: { message: string; buttons: unknown }[];
  powerMonitorEvents: string[];
  violations: string[];
};

export type StandInApp = {
  root: string;
  appData: string;
  resources: string;
  /** Sends one request to the stand-in and waits for its answer. */
  ask<T>(action: string, fields?: Record<string, unknown>): Promise<T>;
  /** Calls a contract channel through the shell's real IPC handler, as the window would. */
  invoke<T = unknown>(
    channel: string,
    input?: unknown,
    fromFrame?: Record<string, unknown>,
  ): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  /** Settles with the exit code and the stand-in's last record once the process has ended. */
  exited: Promise<{ code: number | null; record: StandInRecord | null }>;
  output(): string;
  stop(): void;
};

type NativeModule = { kind: 'node-build' } | { kind: 'bytes'; bytes: Uint8Array };

/** Copies the built app into a temporary folder beside a stand-in electron module. */
export function layOutApp(native: NativeModule): {
  root: string;
  appFolder: string;
  appData: string;
  resources: string;
} {
  const root = mkdtempSync(join(tmpdir(), 'waymark-stand-in-'));
  const appFolder = join(root, 'app');
  for (const part of ['electron', 'renderer', 'icons'])
    cpSync(join(projectRoot, 'dist', part), join(appFolder, 'dist', part), { recursive: true });

  const electronFolder = join(appFolder, 'node_modules', 'electron');
  mkdirSync(electronFolder, { recursive: true });
  writeFileSync(
    join(electronFolder, 'package.json'),
    JSON.stringify({ name: 'electron', version: '0.0.0-stand-in', main: 'index.js' }),
  );
  buildSync({
    entryPoints: [join(projectRoot, 'tests', 'shell', 'electron-stand-in.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(electronFolder, 'index.js'),
    logLevel: 'warning',
  });

  const resources = join(root, 'resources');
  mkdirSync(join(resources, 'native'), { recursive: true });
  const addon = join(resources, 'native', 'better_sqlite3.node');
  if (native.kind === 'node-build') cpSync(nodeBuildOfAddon, addon);
  else writeFileSync(addon, native.bytes);
  // Argon2id's addon, as packaging ships it beside the SQLite one (N-API: the same file serves Node and Electron).
  cpSync(join(projectRoot, 'dist', 'native', 'argon2.node'), join(resources, 'native', 'argon2.node'));

  const appData = join(root, 'app-data');
  mkdirSync(appData);
  return { root, appFolder, appData, resources };
}

export function startStandInApp(native: NativeModule = { kind: 'node-build' }): StandInApp {
  const { root, appFolder, appData, resources } = layOutApp(native);
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    STAND_IN_PACKAGED: '1',
    STAND_IN_APP_DATA: appData,
    STAND_IN_RESOURCES: resources,
  };
  delete environment.NODE_OPTIONS;
  const child: ChildProcess = fork(join(appFolder, 'dist', 'electron', 'main.cjs'), [], {
    cwd: root,
    env: environment,
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });

  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  let nextId = 1;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let lastRecord: StandInRecord | null = null;
  child.on(
    'message',
    (message: { id?: number; value?: unknown; error?: string; event?: string; record?: StandInRecord }) => {
      if (message.record) lastRecord = message.record;
      if (message.id === undefined) return;
      const request = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error !== undefined) request?.reject(new Error(message.error));
      else request?.resolve(message.value);
    },
  );
  const exited = new Promise<{ code: number | null; record: StandInRecord | null }>((resolve) => {
    child.on('exit', (code) => {
      for (const request of waiting.values())
        request.reject(new Error(`the app exited (code ${code}) before answering:\n${output}`));
      resolve({ code, record: lastRecord });
    });
  });

  function ask<T>(action: string, fields: Record<string, unknown> = {}): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ id, action, ...fields });
    });
  }

  return {
    root,
    appData,
    resources,
    ask,
    invoke: (channel, input = {}, fromFrame) => ask('invoke', { channel, input, ...(fromFrame ? { fromFrame } : {}) }),
    exited,
    output: () => output,
    stop() {
      if (child.exitCode === null) child.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Polls the stand-in's record until `isDone` holds (the page loaded, a dialog shown...). */
export async function waitForRecord(
  app: StandInApp,
  isDone: (record: StandInRecord) => boolean,
  timeoutMs = 30_000,
): Promise<StandInRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const record = await app.ask<StandInRecord>('record');
    if (isDone(record)) return record;
    if (Date.now() > deadline) throw new Error(`timed out waiting; the app said:\n${app.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
