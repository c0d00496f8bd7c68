// The Electron window, protocol, IPC and preload setup, checked with fakes:
// the Electron binary cannot run on our build machines, so these are the
// behavioural tests of main/electron/ (Electronegativity checks it statically).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/contract';
import { contentSecurityPolicy } from '../../main/static/assets';
import { defaultVaultDirectory, userDataDirectory } from '../../main/vault';
import { createBridge } from '../../main/electron/bridge';
import { createCallHandler, ipcChannel, registerCallHandler, type CallEvent } from '../../main/electron/ipc';
import { guardWebContents, type GuardedContents } from '../../main/electron/navigation';
import { appPaths, userDataFolder, vaultDirectoryIn } from '../../main/electron/paths';
import { denyAllPermissions } from '../../main/electron/permissions';
import { createAppProtocolHandler, privilegedSchemes } from '../../main/electron/protocol';
import { claimSingleInstance } from '../../main/electron/single-instance';
import { createMainWindow, type MainWindowOptions } from '../../main/electron/window';

// ---- fakes -------------------------------------------------------------------

type Listener = (...args: never[]) => unknown;

/** Records every listener a module attaches, so a test can fire the event itself. */
function makeEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on: vi.fn((event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    }),
    fire(event: string, ...args: unknown[]): void {
      for (const listener of listeners.get(event) ?? []) (listener as (...values: unknown[]) => unknown)(...args);
    },
    has: (event: string) => (listeners.get(event) ?? []).length > 0,
  };
}

function makeNavigationEvent() {
  return { preventDefault: vi.fn() };
}

function makeContents() {
  const emitter = makeEmitter();
  let windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents = {
    on: emitter.on,
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: 'deny' }) => {
      windowOpenHandler = handler;
    }),
  };
  return {
    contents: contents satisfies GuardedContents,
    fire: emitter.fire,
    openWindow: (url: string) => {
      if (!windowOpenHandler) throw new Error('no window-open handler was installed');
      return windowOpenHandler({ url });
    },
  };
}

function makeFrame(url: string, options: { parent?: unknown; routingId?: number } = {}) {
  return { url, parent: options.parent ?? null, processId: 4, routingId: options.routingId ?? 1 };
}

const appMainFrame = makeFrame('app://waymark/index.html');

function makeCallEvent(senderFrame: ReturnType<typeof makeFrame> | null, mainFrame = appMainFrame): CallEvent {
  return { senderFrame, sender: { mainFrame } };
}

const answered: Result<unknown> = { ok: true, value: { state: 'absent' } };

// ---- window ------------------------------------------------------------------

describe('main window', () => {
  it('is created with the hardened webPreferences and our preload', () => {
    const created: MainWindowOptions[] = [];
    class FakeWindow {
      constructor(options: MainWindowOptions) {
        created.push(options);
      }
    }

    const window = createMainWindow(FakeWindow, {
      preload: '/app/dist/electron/preload.cjs',
      isDevelopment: false,
      isSpellcheckOnDevice: false,
      icon: '/app/dist/icons/icon.png',
    });

    expect(window).toBeInstanceOf(FakeWindow);
    expect(created).toHaveLength(1);
    expect(created[0]?.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(created[0]?.icon).toBe('/app/dist/icons/icon.png');
  });

  it('opens the developer tools and checks spelling only when told to', () => {
    const created: MainWindowOptions[] = [];
    class FakeWindow {
      constructor(options: MainWindowOptions) {
        created.push(options);
      }
    }
    createMainWindow(FakeWindow, { preload: '/p.cjs', isDevelopment: true, isSpellcheckOnDevice: true });
    expect(created[0]?.webPreferences).toMatchObject({ devTools: true, spellcheck: true });
    expect(created[0]).not.toHaveProperty('icon');
  });
});

// ---- navigation and pop-ups --------------------------------------------------

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stays on app://waymark and blocks everything else', (eventName) => {
    const { contents, fire } = makeContents();
    guardWebContents(
      contents,
      vi.fn(async () => undefined),
    );

    const blocked = [
      'https://evil.example/',
      'http://localhost:3000/',
      'file:///etc/passwd',
      'app://waymark.evil.example/',
      'app://other/index.html',
      'app://user@waymark/',
      'javascript:alert(1)',
      'not a url',
    ];
    for (const url of blocked) {
      const event = makeNavigationEvent();
      fire(eventName, event, url);
      expect(event.preventDefault, url).toHaveBeenCalledTimes(1);
    }

    const allowed = makeNavigationEvent();
    fire(eventName, allowed, 'app://waymark/index.html#/caseload');
    expect(allowed.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { contents, fire } = makeContents();
    guardWebContents(
      contents,
      vi.fn(async () => undefined),
    );
    const event = makeNavigationEvent();
    fire('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalledTimes(1);
  });

  it('denies every new window and hands only https links to the browser', () => {
    const openExternal = vi.fn(async () => undefined);
    const { contents, openWindow } = makeContents();
    guardWebContents(contents, openExternal);

    const refused = [
      'http://example.com/',
      'javascript:alert(document.cookie)',
      'file:///C:/Windows/System32/calc.exe',
      'app://waymark/index.html',
      'https://user:secret@evil.example/',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
    ];
    for (const url of refused) {
      expect(openWindow(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();

    expect(openWindow('https://nationalcareers.service.gov.uk/careers-advice')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://nationalcareers.service.gov.uk/careers-advice');
  });
});

// ---- permissions -------------------------------------------------------------

describe('permissions', () => {
  it('denies every permission request and every permission check', () => {
    let requestHandler:
      ((webContents: unknown, permission: string, callback: (isGranted: boolean) => void) => void) | undefined;
    let checkHandler: ((webContents: unknown, permission: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: (handler) => {
        checkHandler = handler;
      },
    });

    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      requestHandler?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(checkHandler?.({}, permission), permission).toBe(false);
    }
  });
});

// ---- IPC ---------------------------------------------------------------------

describe('IPC from the renderer', () => {
  it('registers one handler on the waymark:call channel', () => {
    const handle = vi.fn();
    registerCallHandler({ handle }, vi.fn());
    expect(handle).toHaveBeenCalledExactlyOnceWith(ipcChannel, expect.any(Function));
    expect(ipcChannel).toBe('waymark:call');
  });

  it('passes calls from the app://waymark main frame to the dispatcher', async () => {
    const dispatch = vi.fn(async () => answered);
    const result = await createCallHandler(dispatch)(makeCallEvent(appMainFrame), 'vault.status', {});
    expect(result).toEqual(answered);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('vault.status', {});
  });

  it.each([
    ['a foreign https page', makeCallEvent(makeFrame('https://evil.example/'), makeFrame('https://evil.example/'))],
    ['a file:// page', makeCallEvent(makeFrame('file:///tmp/index.html'), makeFrame('file:///tmp/index.html'))],
    [
      'a look-alike host',
      makeCallEvent(makeFrame('app://waymark.evil.example/'), makeFrame('app://waymark.evil.example/')),
    ],
    [
      'an iframe inside our page',
      makeCallEvent(makeFrame('app://waymark/frame.html', { parent: appMainFrame, routingId: 2 })),
    ],
    [
      'a foreign iframe inside our page',
      makeCallEvent(makeFrame('https://evil.example/', { parent: appMainFrame, routingId: 2 })),
    ],
    [
      'a top-level frame that is not this contents’ main frame',
      makeCallEvent(makeFrame('app://waymark/index.html', { routingId: 9 })),
    ],
    ['a frame that has gone away', makeCallEvent(null)],
  ])('refuses %s with FORBIDDEN and never reaches the dispatcher', async (_name, event) => {
    const dispatch = vi.fn(async () => answered);
    const result = await createCallHandler(dispatch)(event, 'vault.status', {});
    expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: expect.any(String) } });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

// ---- app:// protocol ---------------------------------------------------------

describe('app:// protocol', () => {
  let root: string;
  let serve: (request: Request) => Promise<Response>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'waymark-protocol-'));
    mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Waymark</title>');
    writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'export {};');
    // Beside the renderer folder, where a traversal would land.
    writeFileSync(join(root, 'secret.txt'), 'not for the page');
    serve = createAppProtocolHandler(join(root, 'renderer'));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is registered as a standard, secure, fetch-capable scheme', () => {
    expect(privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with the CSP and nosniff headers', async () => {
    const response = await serve(new Request('app://waymark/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Waymark</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await serve(new Request('app://waymark/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    'app://waymark/..%2fsecret.txt',
    'app://waymark/%2e%2e%2fsecret.txt',
    'app://waymark/%2E%2E%2Fsecret.txt',
    'app://waymark/assets/..%2f..%2fsecret.txt',
    'app://waymark/..%5csecret.txt',
    'app://waymark/../secret.txt',
    'app://waymark/%2e%2e/secret.txt',
  ])('refuses the traversal %s with 404', async (url) => {
    const response = await serve(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it('answers 404 for missing files and other hosts', async () => {
    expect((await serve(new Request('app://waymark/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://elsewhere/index.html'))).status).toBe(404);
  });
});

// ---- single instance ---------------------------------------------------------

describe('single instance', () => {
  function makeApp(hasLock: boolean) {
    const emitter = makeEmitter();
    return {
      requestSingleInstanceLock: vi.fn(() => hasLock),
      quit: vi.fn(),
      on: emitter.on,
      fire: emitter.fire,
      has: emitter.has,
    };
  }

  function makeWindow(isMinimized: boolean) {
    return { isMinimized: vi.fn(() => isMinimized), restore: vi.fn(), focus: vi.fn() };
  }

  it('quits a second instance before it does anything else', () => {
    const app = makeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.has('second-instance')).toBe(false);
  });

  it('keeps the first instance and brings its window forward when another starts', () => {
    const app = makeApp(true);
    const window = makeWindow(true);
    expect(claimSingleInstance(app, () => window)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();

    app.fire('second-instance');
    expect(window.restore).toHaveBeenCalledTimes(1);
    expect(window.focus).toHaveBeenCalledTimes(1);
  });

  it('does not restore a window that is not minimised, and copes with no window yet', () => {
    const window = makeWindow(false);
    const app = makeApp(true);
    claimSingleInstance(app, () => window);
    app.fire('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledTimes(1);

    const early = makeApp(true);
    claimSingleInstance(early, () => null);
    expect(() => early.fire('second-instance')).not.toThrow();
  });
});

// ---- paths -------------------------------------------------------------------

describe('app paths', () => {
  it('puts the vault where the CLI looks for it', () => {
    expect(vaultDirectoryIn(userDataDirectory())).toBe(defaultVaultDirectory());
  });

  it('pins userData to the Waymark folder the CLI computes, on every platform', () => {
    expect(userDataFolder('/home/adviser/.config')).toBe(
      userDataDirectory({ XDG_CONFIG_HOME: '/home/adviser/.config' }, 'linux'),
    );
    expect(userDataFolder('C:/Users/adviser/AppData/Roaming')).toBe(
      userDataDirectory({ APPDATA: 'C:/Users/adviser/AppData/Roaming' }, 'win32'),
    );
    expect(userDataFolder(join(homedir(), 'Library', 'Application Support'))).toBe(userDataDirectory({}, 'darwin'));
  });

  it('loads the Electron-ABI addon from resources when packaged and from dist/native in development', () => {
    const location = {
      bundleFolder: '/app/dist/electron',
      resourcesPath: '/opt/Waymark/resources',
      appData: '/home/adviser/.config',
    };
    const packaged = appPaths({ ...location, isPackaged: true });
    const development = appPaths({ ...location, isPackaged: false });

    expect(packaged.nativeBinding).toBe(join('/opt/Waymark/resources', 'native', 'better_sqlite3.node'));
    expect(development.nativeBinding).toBe(join('/app/dist', 'native', 'better_sqlite3.node'));
    // Never Node's own build in node_modules: that one has the wrong ABI for Electron.
    expect(development.nativeBinding).not.toContain('node_modules');
    // Argon2id's addon travels beside it (copied there by build-electron, shipped by extraResources).
    expect(packaged.argon2Addon).toBe(join('/opt/Waymark/resources', 'native', 'argon2.node'));
    expect(development.argon2Addon).toBe(join('/app/dist', 'native', 'argon2.node'));

    for (const paths of [packaged, development]) {
      expect(paths.preload).toBe(join('/app/dist/electron', 'preload.cjs'));
      expect(paths.rendererFolder).toBe(join('/app/dist', 'renderer'));
      expect(paths.migrationsFolder).toBe(join('/app/dist/electron', 'db', 'migrations'));
      expect(paths.vaultDirectory).toBe(join('/home/adviser/.config', 'Waymark', 'vault'));
    }
  });
});

// ---- preload bridge ----------------------------------------------------------

describe('preload bridge', () => {
  it('forwards contract channels and answers unknown ones itself', async () => {
    const sendCall = vi.fn(async () => answered);
    const bridge = createBridge(sendCall);

    expect(await bridge.invoke('vault.status', {})).toEqual(answered);
    expect(sendCall).toHaveBeenCalledExactlyOnceWith('vault.status', {});

    for (const channel of ['vault.dropEverything', '__proto__', 'constructor', '']) {
      expect(await bridge.invoke(channel, {}), channel).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: expect.any(String) },
      });
    }
    expect(sendCall).toHaveBeenCalledTimes(1);
  });

  it('exposes only invoke', () => {
    expect(Object.keys(createBridge(vi.fn()))).toEqual(['invoke']);
  });
});

// ---- the entry points, with Electron faked -----------------------------------

const fake = vi.hoisted(() => ({
  electron: {} as Record<string, unknown>,
  createWaymark: (() => undefined) as (options: unknown) => unknown,
  nativeProblem: null as unknown,
}));

// Vitest keeps the first module a factory returns, so the mock reads whichever fake is current.
vi.mock('electron', () => {
  const electronModule: Record<string, unknown> = {};
  for (const name of [
    'app',
    'protocol',
    'session',
    'ipcMain',
    'shell',
    'BrowserWindow',
    'contextBridge',
    'ipcRenderer',
    'dialog',
    'Menu',
    'powerMonitor',
  ]) {
    Object.defineProperty(electronModule, name, { enumerable: true, get: () => fake.electron[name] });
  }
  return electronModule;
});
vi.mock('../../main/api/waymark', () => ({ createWaymark: (options: unknown) => fake.createWaymark(options) }));
// The addon check reads a real file; here the answer is set per test.
vi.mock('../../main/db/native-module', () => ({ checkNativeModule: () => fake.nativeProblem }));

const logsFolder = mkdtempSync(join(tmpdir(), 'waymark-electron-logs-'));
afterAll(() => rmSync(logsFolder, { recursive: true, force: true }));

function makeFakeElectron({ hasLock }: { hasLock: boolean }) {
  const steps: string[] = [];
  const appEvents = makeEmitter();
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const windows: { options: MainWindowOptions; loadURL: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn> }[] = [];
  const exposed = new Map<string, unknown>();

  class BrowserWindow {
    readonly options: MainWindowOptions;
    readonly loadURL = vi.fn(async () => undefined);
    readonly once = vi.fn();
    readonly on = vi.fn();
    readonly show = vi.fn();
    readonly isDestroyed = vi.fn(() => false);
    readonly setProgressBar = vi.fn();
    constructor(options: MainWindowOptions) {
      this.options = options;
      windows.push(this);
      steps.push('window');
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      setName: vi.fn((name: string) => steps.push(`setName ${name}`)),
      commandLine: { appendSwitch: vi.fn((name: string, value: string) => steps.push(`switch ${name}=${value}`)) },
      getPath: vi.fn((name: string) =>
        name === 'appData' ? '/home/adviser/.config' : name === 'logs' ? logsFolder : `/unused/${name}`,
      ),
      setPath: vi.fn((name: string) => steps.push(`setPath ${name}`)),
      setAppLogsPath: vi.fn(),
      getVersion: vi.fn(() => '0.1.0'),
      setAboutPanelOptions: vi.fn(),
      showAboutPanel: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => {
        steps.push('lock');
        return hasLock;
      }),
      quit: vi.fn(() => steps.push('quit')),
      enableSandbox: vi.fn(() => steps.push('enableSandbox')),
      on: appEvents.on,
      whenReady: vi.fn(() => ready),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => steps.push('registerSchemes')),
      handle: vi.fn(() => steps.push('protocol.handle')),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn(),
      },
    },
    ipcMain: { handle: vi.fn() },
    shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    powerMonitor: { on: vi.fn() },
    BrowserWindow,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    ipcRenderer: { invoke: vi.fn(async () => answered) },
  };
  return { electron, steps, windows, exposed, fireApp: appEvents.fire, markReady };
}

/** Lets the whenReady().then(...) chain run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main.ts with Electron faked', () => {
  const waymark = {
    dispatch: vi.fn(async () => answered),
    close: vi.fn(),
    backUpBeforeClosing: vi.fn(async () => undefined),
    closeAfterRunningBackups: vi.fn(),
  };
  const createWaymark = vi.fn(() => waymark);

  beforeEach(() => {
    vi.resetModules();
    fake.nativeProblem = null;
    waymark.dispatch.mockClear();
    waymark.close.mockClear();
    waymark.backUpBeforeClosing.mockClear();
    waymark.closeAfterRunningBackups.mockClear();
    createWaymark.mockClear();
    fake.createWaymark = createWaymark;
  });

  it('sets everything up in the right order and wires IPC to the vault', async () => {
    const world = makeFakeElectron({ hasLock: true });
    fake.electron = world.electron;
    await import('../../main/electron/main');

    // Before ready: name and userData pinned before the lock (it lives in userData), schemes registered.
    expect(world.steps).toEqual([
      'setName Waymark',
      'switch lang=en-GB',
      'setPath userData',
      'lock',
      'enableSandbox',
      'registerSchemes',
    ]);
    expect(world.electron.app.setPath).toHaveBeenCalledWith('userData', join('/home/adviser/.config', 'Waymark'));
    expect(world.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith(privilegedSchemes);

    world.markReady();
    await settle();

    expect(world.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(world.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(world.electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    expect(createWaymark).toHaveBeenCalledExactlyOnceWith({
      directory: join('/home/adviser/.config', 'Waymark', 'vault'),
      nativeBinding: expect.stringMatching(/[\\/]native[\\/]better_sqlite3\.node$/),
      argon2Addon: expect.stringMatching(/[\\/]native[\\/]argon2\.node$/),
      migrationsFolder: expect.stringMatching(/[\\/]db[\\/]migrations$/),
    });
    expect(world.windows).toHaveLength(1);
    expect(world.windows[0]?.options.webPreferences.preload).toMatch(/[\\/]preload\.cjs$/);
    expect(world.windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://waymark/index.html');

    const [channel, handler] = world.electron.ipcMain.handle.mock.calls[0] ?? [];
    expect(channel).toBe('waymark:call');
    const call = handler as (event: CallEvent, channel: unknown, input: unknown) => Promise<Result<unknown>>;
    expect(await call(makeCallEvent(appMainFrame), 'vault.status', {})).toEqual(answered);
    expect(waymark.dispatch).toHaveBeenCalledExactlyOnceWith('vault.status', {});
    expect(
      (
        await call(
          makeCallEvent(makeFrame('https://evil.example/'), makeFrame('https://evil.example/')),
          'vault.status',
          {},
        )
      ).ok,
    ).toBe(false);
    expect(waymark.dispatch).toHaveBeenCalledTimes(1);

    // Every web contents, not just ours, gets the navigation guard.
    const { contents, fire } = makeContents();
    world.fireApp('web-contents-created', {}, contents);
    const navigation = makeNavigationEvent();
    fire('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.preventDefault).toHaveBeenCalledTimes(1);

    // Our own menu, with the developer tools only because this is not the packaged app.
    expect(world.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(world.electron.Menu.buildFromTemplate.mock.calls[0]?.[0])).toContain('toggleDevTools');
    // No dictionary downloads on this (non-macOS) system.
    if (process.platform !== 'darwin')
      expect(world.electron.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(world.windows[0]?.options.webPreferences.spellcheck).toBe(process.platform === 'darwin');

    // Quitting is held back for the backup in a worker, then locks and quits for real.
    const beforeQuit = { preventDefault: vi.fn() };
    world.fireApp('before-quit', beforeQuit);
    expect(beforeQuit.preventDefault).toHaveBeenCalledTimes(1);
    expect(waymark.backUpBeforeClosing).toHaveBeenCalledTimes(1);
    await settle();
    expect(waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(0);
    expect(world.steps.at(-1)).toBe('quit');
    world.fireApp('will-quit', { preventDefault: vi.fn() });
    expect(waymark.closeAfterRunningBackups).toHaveBeenCalledTimes(1);
    expect(waymark.close).not.toHaveBeenCalled();
  });

  it('says in a dialog when the database module is wrong, and opens no vault', async () => {
    const world = makeFakeElectron({ hasLock: true });
    fake.electron = world.electron;
    fake.nativeProblem = {
      kind: 'wrong-system',
      detail:
        'The SQLite module is built for Windows (x64), not for Linux (x64). Waymark was packaged for another kind of computer.',
    };
    await import('../../main/electron/main');
    world.markReady();
    await settle();

    expect(createWaymark).not.toHaveBeenCalled();
    expect(world.windows).toHaveLength(0);
    const [title, message] = world.electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('Waymark cannot open its database module');
    expect(message).toContain('built for Windows (x64)');
    expect(message).toContain('Install the Waymark download made for this computer');
    expect(message).toContain(join(logsFolder, 'waymark.log'));
    expect(world.steps.at(-1)).toBe('quit');
  });

  it('quits at once as a second instance, without a window, protocol or vault', async () => {
    const world = makeFakeElectron({ hasLock: false });
    fake.electron = world.electron;
    await import('../../main/electron/main');
    world.markReady();
    await settle();

    expect(world.steps).toEqual(['setName Waymark', 'switch lang=en-GB', 'setPath userData', 'lock', 'quit']);
    expect(world.electron.app.whenReady).not.toHaveBeenCalled();
    expect(world.windows).toHaveLength(0);
    expect(createWaymark).not.toHaveBeenCalled();
  });
});

describe('preload.ts with Electron faked', () => {
  beforeEach(() => vi.resetModules());

  it('exposes window.waymark.invoke, which calls waymark:call, and nothing else', async () => {
    const world = makeFakeElectron({ hasLock: true });
    fake.electron = world.electron;
    await import('../../main/electron/preload');

    expect([...world.exposed.keys()]).toEqual(['waymark']);
    const bridge = world.exposed.get('waymark') as {
      invoke(channel: string, input: unknown): Promise<Result<unknown>>;
    };
    expect(Object.keys(bridge)).toEqual(['invoke']);

    expect(await bridge.invoke('vault.status', { a: 1 })).toEqual(answered);
    expect(world.electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('waymark:call', 'vault.status', { a: 1 });

    await bridge.invoke('not.a.channel', {});
    expect(world.electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
  });
});
