// A stand-in for the `electron` module, so the built dist/electron/main.cjs can
// run under plain Node (the Electron binary cannot be downloaded here). It is
// NOT Electron: it records what the shell asks of Electron (window options,
// protocol handlers, IPC, menu, session settings, quit events) and plays
// Electron's part in the sequences the shell relies on (ready, loading the page,
// quitting), answering the test over the fork's IPC channel. It keeps to
// Electron's documented rules where breaking them would throw in Electron.
// Bundled by tests/shell/stand-in-app.ts into node_modules/electron of a temporary app.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;
type Handler = (request: Request) => Promise<Response>;
type Message = { id: number; action: string; [key: string]: unknown };

const environment = process.env;
const isPackaged = environment.STAND_IN_PACKAGED === '1';
if (isPackaged && environment.STAND_IN_RESOURCES) {
  Object.defineProperty(process, 'resourcesPath', { value: environment.STAND_IN_RESOURCES });
}

const record = {
  appEvents: [] as string[],
  quitSequence: [] as string[],
  switches: [] as string[],
  paths: {} as Record<string, string>,
  privilegedSchemes: [] as unknown[],
  handledSchemes: [] as string[],
  ipcChannels: [] as string[],
  windows: [] as unknown[],
  loaded: [] as { url: string; status: number; contentSecurityPolicy: string | null }[],
  menu: null as unknown,
  permissionRequests: {} as Record<string, boolean>,
  permissionChecks: {} as Record<string, boolean>,
  spellCheckerEnabled: null as boolean | null,
  dictionaryDownloadUrls: [] as string[],
  errorBoxes: [] as { title: string; content: string }[],
  messageBoxes: [] as { message: string; buttons: unknown }[],
  openDialogs: [] as { isParented: boolean; options: unknown }[],
  openedExternally: [] as string[],
  powerMonitorEvents: [] as string[],
  violations: [] as string[],
};

let isReady = false;
let isQuitting = false;

function send(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

/** Electron's events carry preventDefault; this one remembers whether it was called. */
function preventable() {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

// ---- app ------------------------------------------------------------------------

const appEmitter = new EventEmitter();
let userData = '';
let logsPath = '';
let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

export const app = {
  isPackaged,
  commandLine: {
    appendSwitch: (name: string, value?: string) =>
      record.switches.push(value === undefined ? name : `${name}=${value}`),
  },
  setName: (name: string) => (record.paths.name = name),
  getName: () => record.paths.name ?? 'Electron',
  getVersion: () => '0.1.0',
  getPath(name: string): string {
    if (name === 'appData') return environment.STAND_IN_APP_DATA ?? '';
    if (name === 'userData') return userData;
    if (name === 'logs') return logsPath || join(userData, 'logs');
    return join(environment.STAND_IN_APP_DATA ?? '', `unused-${name}`);
  },
  setPath(name: string, value: string) {
    if (isReady && name === 'userData') record.violations.push('userData set after ready');
    record.paths[name] = value;
    if (name === 'userData') userData = value;
  },
  setAppLogsPath(path?: string) {
    logsPath = path ?? join(userData, 'logs');
    record.paths.logs = logsPath;
  },
  requestSingleInstanceLock: () => true,
  enableSandbox() {
    if (isReady) record.violations.push('enableSandbox after ready');
    record.appEvents.push('enableSandbox');
  },
  on(event: string, listener: Listener) {
    record.appEvents.push(`on ${event}`);
    appEmitter.on(event, listener);
    return app;
  },
  once(event: string, listener: Listener) {
    appEmitter.once(event, listener);
    return app;
  },
  whenReady: () => ready,
  isReady: () => isReady,
  setAboutPanelOptions: () => undefined,
  showAboutPanel: () => undefined,
  /** As Electron: before-quit, then every window is closed (any may refuse), then will-quit and quit. */
  quit() {
    if (isQuitting) return;
    isQuitting = true;
    try {
      const beforeQuit = preventable();
      appEmitter.emit('before-quit', beforeQuit);
      record.quitSequence.push(beforeQuit.defaultPrevented ? 'before-quit (held)' : 'before-quit');
      if (beforeQuit.defaultPrevented) return;
      for (const window of [...openWindows]) {
        if (!window.close()) {
          record.quitSequence.push('window refused to close');
          return;
        }
      }
      const willQuit = preventable();
      appEmitter.emit('will-quit', willQuit);
      record.quitSequence.push(willQuit.defaultPrevented ? 'will-quit (held)' : 'will-quit');
      if (willQuit.defaultPrevented) return;
      appEmitter.emit('quit', preventable(), 0);
      record.quitSequence.push('quit');
      void send({ event: 'exiting', record }).then(() => process.exit(0));
    } finally {
      isQuitting = false;
    }
  },
  exit(code = 0) {
    record.quitSequence.push(`exit ${code}`);
    void send({ event: 'exiting', record }).then(() => process.exit(code));
  },
};

// ---- protocol, session, IPC -------------------------------------------------------

const handlers = new Map<string, Handler>();

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    // Electron: "This method can only be used before app is ready".
    if (isReady) record.violations.push('registerSchemesAsPrivileged after ready');
    record.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: Handler) {
    if (!isReady) record.violations.push('protocol.handle before ready');
    record.handledSchemes.push(scheme);
    handlers.set(scheme, handler);
  },
};

/** Fetches a URL the way the window would: through the handler registered for its scheme. */
async function fetchThroughProtocol(
  url: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const handler = handlers.get(new URL(url).protocol.replace(/:$/, ''));
  if (!handler) return { status: -1, headers: {}, body: 'no handler for this scheme' };
  const response = await handler(new Request(url));
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: await response.text(),
  };
}

let permissionRequestHandler:
  ((contents: unknown, permission: string, callback: (isGranted: boolean) => void) => void) | null = null;
let permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null;

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: typeof permissionRequestHandler) => (permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: typeof permissionCheckHandler) => (permissionCheckHandler = handler),
    setSpellCheckerEnabled: (isEnabled: boolean) => (record.spellCheckerEnabled = isEnabled),
    setSpellCheckerDictionaryDownloadURL: (url: string) => record.dictionaryDownloadUrls.push(url),
  },
};

const ipcHandlers = new Map<string, Listener>();

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    // Electron throws on a second handler for the same channel.
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    record.ipcChannels.push(channel);
    ipcHandlers.set(channel, listener);
  },
  on: () => undefined,
};

// ---- windows ------------------------------------------------------------------------

const openWindows = new Set<StandInWindow>();
let nextId = 1;

class StandInWindow extends EventEmitter {
  readonly id = nextId++;
  readonly options: Record<string, unknown>;
  readonly webContents: EventEmitter & {
    mainFrame: { url: string; parent: null; processId: number; routingId: number };
    setWindowOpenHandler(handler: unknown): void;
    print(options: unknown, callback: (ok: boolean, reason: string) => void): void;
  };
  isShown = false;
  progress: number | null = null;
  private isGone = false;

  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    if (!isReady) record.violations.push('BrowserWindow before ready');
    record.windows.push(JSON.parse(JSON.stringify(options)));
    const contents = Object.assign(new EventEmitter(), {
      mainFrame: { url: '', parent: null, processId: 7, routingId: this.id },
      setWindowOpenHandler: () => undefined,
      print: (_options: unknown, callback: (ok: boolean, reason: string) => void) => callback(false, 'cancelled'),
    });
    this.webContents = contents;
    openWindows.add(this);
    appEmitter.emit('web-contents-created', preventable(), contents);
  }

  async loadURL(url: string): Promise<void> {
    const response = await fetchThroughProtocol(url);
    this.webContents.mainFrame.url = url;
    record.loaded.push({
      url,
      status: response.status,
      contentSecurityPolicy: response.headers['content-security-policy'] ?? null,
    });
    if (response.status !== 200) throw new Error(`ERR_FILE_NOT_FOUND (${response.status})`);
    this.emit('ready-to-show');
  }

  show() {
    this.isShown = true;
  }
  setProgressBar(progress: number) {
    this.progress = progress;
  }
  isDestroyed() {
    return this.isGone;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}

  /** As Electron: 'close' may be prevented; otherwise the window goes, and the app is told when none are left. Returns whether it closed. */
  close(): boolean {
    if (this.isGone) return true;
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.isGone = true;
    openWindows.delete(this);
    this.emit('closed');
    if (openWindows.size === 0 && !isQuitting) appEmitter.emit('window-all-closed');
    return true;
  }
}

export const BrowserWindow = Object.assign(StandInWindow, {
  fromWebContents: (contents: unknown) => [...openWindows].find((window) => window.webContents === contents) ?? null,
});

// ---- menu, dialogs, shell, power ----------------------------------------------

/** Functions cannot cross to the test; their presence is kept as a flag. */
function serialisable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'function' ? '[function]' : item)));
}

export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: { template: unknown } | null) {
    record.menu = menu ? serialisable(menu.template) : null;
  },
};

/** What the next folder window answers, as the test set it (cancelled until told otherwise). */
let nextOpenDialogAnswer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] };

export const dialog = {
  showOpenDialog(...args: unknown[]) {
    const isParented = args.length === 2 && args[0] instanceof StandInWindow;
    record.openDialogs.push({ isParented, options: args.at(-1) });
    return Promise.resolve(nextOpenDialogAnswer);
  },
  showErrorBox(title: string, content: string) {
    record.errorBoxes.push({ title, content });
  },
  showMessageBox(_window: unknown, options: { message: string; buttons?: unknown; signal?: AbortSignal }) {
    record.messageBoxes.push({ message: options.message, buttons: options.buttons });
    // Stays open until the shell closes it (or the test presses its button).
    return new Promise((resolve) =>
      options.signal?.addEventListener('abort', () => resolve({ response: 0, checkboxChecked: false })),
    );
  },
};

export const shell = {
  openExternal: async (url: string) => void record.openedExternally.push(url),
  openPath: async () => '',
};

const powerEmitter = new EventEmitter();
export const powerMonitor = {
  on(event: string, listener: Listener) {
    if (!isReady) record.violations.push('powerMonitor before ready');
    record.powerMonitorEvents.push(event);
    powerEmitter.on(event, listener);
    return powerMonitor;
  },
};

// The preload's side is not run here (tests/unit covers it); these only keep a stray import from failing.
export const contextBridge = { exposeInMainWorld: () => undefined };
export const ipcRenderer = { invoke: async () => undefined };

// ---- the test's remote control ------------------------------------------------

function mainWindow(): StandInWindow | undefined {
  return [...openWindows][0];
}

async function answer(message: Message): Promise<unknown> {
  switch (message.action) {
    case 'invoke': {
      const handler = ipcHandlers.get(String(message.ipcChannel ?? 'waymark:call'));
      const window = mainWindow();
      if (!handler || !window) return { noHandler: true };
      const frame = window.webContents.mainFrame;
      const senderFrame = message.fromFrame ? { ...frame, ...(message.fromFrame as object) } : frame;
      const event = { senderFrame, sender: window.webContents };
      return handler(event, message.channel, message.input);
    }
    case 'fetch':
      return fetchThroughProtocol(String(message.url));
    case 'permissions': {
      for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
        permissionRequestHandler?.(
          null,
          permission,
          (isGranted) => (record.permissionRequests[permission] = isGranted),
        );
        record.permissionChecks[permission] = permissionCheckHandler?.(null, permission) ?? true;
      }
      return { requests: record.permissionRequests, checks: record.permissionChecks };
    }
    case 'record':
      return record;
    case 'answerOpenDialog':
      nextOpenDialogAnswer = message.answer as typeof nextOpenDialogAnswer;
      return { isSet: true };
    case 'quit':
      app.quit();
      return { quitSequence: record.quitSequence };
    default:
      return { unknownAction: message.action };
  }
}

process.on('message', (message: Message) => {
  answer(message).then(
    (value) => send({ id: message.id, value }),
    (error: unknown) => send({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});

// Electron is ready once the main script has run its first turn.
setImmediate(() => {
  isReady = true;
  appEmitter.emit('ready');
  resolveReady();
  void ready.then(() => setTimeout(() => void send({ event: 'ready', record }), 0));
});
