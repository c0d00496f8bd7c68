// The built Electron shell (dist/electron/main.cjs and its bundled workers),
// run under Node with a stand-in `electron` module: not a substitute for
// Electron, which cannot run on these machines, but it catches the wiring that
// unit tests of single functions miss. The real IPC handler creates, locks and
// unlocks a vault; the real app:// handler serves the renderer; a backup runs in
// the bundled worker; quitting writes the quit backup and locks the vault.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandInApp, waitForRecord, type StandInApp, type StandInRecord } from './stand-in-app';

const passphrase = 'correct staple orbit lantern mosaic';
const backupNames = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.wmbackup'))
    .sort();

describe('the Electron shell under Node with a stand-in electron module (not Electron itself)', () => {
  let app: StandInApp;
  let started: StandInRecord;
  let backupFolder: string;

  beforeAll(async () => {
    app = startStandInApp();
    started = await waitForRecord(app, (record) => record.loaded.length > 0 || record.errorBoxes.length > 0);
    backupFolder = join(app.root, 'usb-stick', 'Waymark backups');
    mkdirSync(backupFolder, { recursive: true });
  });

  afterAll(() => app?.stop());

  it('starts with no violations of Electron’s rules and loads the app page over app:// with its CSP', () => {
    expect(started.errorBoxes, app.output()).toEqual([]);
    expect(started.violations).toEqual([]);
    expect(started.loaded).toEqual([
      {
        url: 'app://waymark/index.html',
        status: 200,
        contentSecurityPolicy: expect.stringContaining("script-src 'self'"),
      },
    ]);
    expect(started.switches).toContain('lang=en-GB');
    expect(started.paths.userData).toBe(join(app.appData, 'Waymark'));
    expect(started.paths.logs).toBe(join(app.appData, 'Waymark', 'logs'));
  });

  it('registers app:// as privileged before ready, handles it after, and has one IPC channel', () => {
    expect(started.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(started.handledSchemes).toEqual(['app']);
    expect(started.ipcChannels).toEqual(['waymark:call']);
    expect(started.appEvents).toEqual(
      expect.arrayContaining([
        'enableSandbox',
        'on web-contents-created',
        'on window-all-closed',
        'on before-quit',
        'on will-quit',
      ]),
    );
    expect(started.powerMonitorEvents).toEqual(['shutdown']);
  });

  it('opens one window with the hardened settings, no developer tools and no downloading spellchecker', () => {
    expect(started.windows).toHaveLength(1);
    const [window] = started.windows;
    expect(window?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      spellcheck: process.platform === 'darwin',
    });
    expect(String(window?.webPreferences.preload)).toMatch(/[\\/]dist[\\/]electron[\\/]preload\.cjs$/);
    expect(existsSync(String(window?.webPreferences.preload))).toBe(true);
    if (process.platform !== 'darwin') {
      expect(existsSync(String(window?.icon))).toBe(true);
      // Network: Hunspell dictionaries would be fetched from Google's servers.
      expect(started.spellCheckerEnabled).toBe(false);
    }
    expect(started.dictionaryDownloadUrls).toEqual([]);
  });

  it('sets our own menu, without developer tools in the packaged app', () => {
    const menu = JSON.stringify(started.menu);
    for (const expected of [
      '"Edit"',
      '"cut"',
      '"copy"',
      '"paste"',
      '"View"',
      '"zoomIn"',
      '"Help"',
      'About Waymark',
      'Open the log folder',
    ])
      expect(menu).toContain(expected);
    expect(menu).not.toContain('toggleDevTools');
  });

  it('denies every permission', async () => {
    const decisions = await app.ask<{ requests: Record<string, boolean>; checks: Record<string, boolean> }>(
      'permissions',
    );
    expect(Object.values(decisions.requests)).toEqual([false, false, false, false, false]);
    expect(Object.values(decisions.checks)).toEqual([false, false, false, false, false]);
  });

  it('serves the built renderer over app:// and refuses path traversal', async () => {
    const page = await app.ask<{ status: number; body: string; headers: Record<string, string> }>('fetch', {
      url: 'app://waymark/index.html',
    });
    expect(page.status).toBe(200);
    const script = /src="(?:\.?\/)?(assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    expect((await app.ask<{ status: number }>('fetch', { url: `app://waymark/${script}` })).status).toBe(200);
    for (const url of [
      'app://waymark/..%2f..%2fapp-data%2fWaymark%2flogs%2fwaymark.log',
      'app://waymark/%2e%2e/electron/main.cjs',
      'app://waymark/..%5celectron%5cmain.cjs',
      'app://elsewhere/index.html',
    ]) {
      expect((await app.ask<{ status: number }>('fetch', { url })).status, url).toBe(404);
    }
  });

  it('creates, locks and unlocks a vault through the real IPC handler (key derivation in the bundled worker)', async () => {
    expect(await app.invoke('vault.status')).toMatchObject({ ok: true, value: { state: 'absent' } });
    const created = await app.invoke<{ recoveryCode: string }>('vault.create', {
      passphrase,
      confirmation: passphrase,
    });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect(existsSync(join(app.appData, 'Waymark', 'vault', 'waymark.key'))).toBe(true);

    expect(await app.invoke('vault.lock')).toMatchObject({ ok: true });
    expect(await app.invoke('vault.status')).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await app.invoke('vault.unlock', { passphrase: 'not the passphrase at all' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PASSPHRASE' },
    });
    expect(await app.invoke('vault.unlock', { passphrase })).toMatchObject({ ok: true });
    expect(await app.invoke('vault.status')).toMatchObject({ ok: true, value: { state: 'unlocked' } });

    // The log file the failure dialog and the Help menu point at: what happened, never the passphrase.
    const log = readFileSync(join(app.appData, 'Waymark', 'logs', 'waymark.log'), 'utf8');
    expect(log).toContain('[vault] vault created');
    expect(log).toContain('[vault] unlock refused: wrong passphrase');
    // The packaged layout's Argon2id addon (resources/native/argon2.node) is the one in use, not the fallback.
    expect(log).toContain('[vault] key derivation: Argon2id native addon');
    expect(log).not.toContain(passphrase);
  });

  it('refuses a call from a frame that is not the app’s own main frame', async () => {
    expect(await app.invoke('vault.status', {}, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await app.invoke('vault.status', {}, { routingId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('runs a backup in the bundled backup worker', async () => {
    expect(await app.invoke('backups.configure', { folder: backupFolder, intervalHours: 4 })).toMatchObject({
      ok: true,
    });
    const backup = await app.invoke<{ name: string }>('backups.runNow');
    expect(backup.ok, JSON.stringify(backup)).toBe(true);
    expect(backupNames(backupFolder)).toEqual([(backup as { value: { name: string } }).value.name]);
  });

  it('opens the system’s folder window over the app’s window for files.chooseFolder, and hands back the folder chosen', async () => {
    expect(await app.invoke('files.chooseFolder', { purpose: 'backups', startIn: backupFolder })).toEqual({
      ok: true,
      value: { isAvailable: true, folder: null },
    });
    await app.ask('answerOpenDialog', { answer: { canceled: false, filePaths: [backupFolder] } });
    expect(await app.invoke('files.chooseFolder', { purpose: 'plans' })).toEqual({
      ok: true,
      value: { isAvailable: true, folder: backupFolder },
    });
    const { openDialogs } = await app.ask<{ openDialogs: { isParented: boolean; options: Record<string, unknown> }[] }>(
      'record',
    );
    expect(openDialogs).toEqual([
      {
        isParented: true,
        options: expect.objectContaining({
          title: 'Choose the backup folder',
          defaultPath: backupFolder,
          properties: ['openDirectory', 'createDirectory'],
        }),
      },
      {
        isParented: true,
        options: expect.objectContaining({
          title: 'Choose where to save the plans',
          properties: ['openDirectory', 'createDirectory'],
        }),
      },
    ]);
    // Not our window: refused before any folder window opens.
    expect(
      await app.invoke('files.chooseFolder', { purpose: 'plans' }, { url: 'https://evil.example/' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await app.ask<{ openDialogs: unknown[] }>('record')).openDialogs).toHaveLength(2);
  });

  it('quits cleanly: holds the quit for the quit backup, writes it, locks the vault and exits', async () => {
    const before = backupNames(backupFolder);
    // A change since the last backup, so quitting owes one.
    expect(await app.invoke('settings.update', { adviserName: 'Sam Adviser' })).toMatchObject({ ok: true });

    await app.ask('quit');
    const { code, record } = await app.exited;
    expect(code, app.output()).toBe(0);
    expect(record?.quitSequence).toEqual(['before-quit (held)', 'before-quit', 'will-quit', 'quit']);
    const after = backupNames(backupFolder);
    expect(
      after.filter((name) => !before.includes(name)),
      'a new backup was written at quit',
    ).toHaveLength(1);
    // The database was closed cleanly: SQLite removes the write-ahead log when the last connection closes.
    expect(existsSync(join(app.appData, 'Waymark', 'vault', 'waymark.db'))).toBe(true);
    expect(existsSync(join(app.appData, 'Waymark', 'vault', 'waymark.db-wal'))).toBe(false);
  });
});

describe('the Electron shell under Node with a stand-in electron module: a database module for another system', () => {
  it('says so in a dialog, with what to do and where the log is, opens no vault and quits', async () => {
    // A Windows x64 module where this (non-Windows) system expects its own: the PE header is all the check reads.
    const peModule = new Uint8Array(0x100);
    peModule.set([0x4d, 0x5a]);
    new DataView(peModule.buffer).setUint32(0x3c, 0x80, true);
    peModule.set([0x50, 0x45, 0, 0, 0x64, 0x86], 0x80);
    const elfModule = new Uint8Array(64);
    elfModule.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    new DataView(elfModule.buffer).setUint16(18, 0x3e, true);
    const app = startStandInApp({ kind: 'bytes', bytes: process.platform === 'win32' ? elfModule : peModule });
    try {
      const { code, record } = await app.exited;
      expect(code, app.output()).toBe(0);
      expect(record?.errorBoxes).toHaveLength(1);
      const [box] = record?.errorBoxes ?? [];
      expect(box?.title).toBe('Waymark cannot open its database module');
      expect(box?.content).toMatch(/The SQLite module is built for (Windows|Linux) \(x64\)/);
      expect(box?.content).toContain('Install the Waymark download made for this computer');
      expect(box?.content).toContain(join(app.appData, 'Waymark', 'logs', 'waymark.log'));
      expect(record?.windows).toEqual([]);
      expect(existsSync(join(app.appData, 'Waymark', 'vault'))).toBe(false);
    } finally {
      app.stop();
    }
  });
});
