// The main window: Chromium's sandbox and context isolation on, Node off, and
// nothing but our own app:// page allowed to load in it.

export type MainWindowOptions = {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  webPreferences: {
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    navigateOnDragDrop: false;
    safeDialogs: true;
    disableBlinkFeatures: string;
    spellcheck: boolean;
    devTools: boolean;
    preload: string;
  };
  icon?: string;
};

export type MainWindowSettings = {
  preload: string;
  /** Development builds only: the packaged app never opens the developer tools. */
  isDevelopment: boolean;
  /** Only where the system's own dictionaries are used (see spellcheck.ts). */
  isSpellcheckOnDevice: boolean;
  /** The window's icon on Windows and Linux (macOS uses the app bundle's). */
  icon?: string | undefined;
};

/** Electron's BrowserWindow, or a fake in tests. */
export type WindowConstructor<W> = new (options: MainWindowOptions) => W;

/**
 * The options are written inside `new BrowserWindow(...)` on purpose, with the
 * constructor named BrowserWindow: Electronegativity only reads settings it
 * finds there, and would otherwise pass this file without checking them.
 */
export function createMainWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  { preload, isDevelopment, isSpellcheckOnDevice, icon }: MainWindowSettings,
): W {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Waymark',
    // Shown once the first paint is ready, so the adviser never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the window must not replace Waymark with that file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: isSpellcheckOnDevice,
      devTools: isDevelopment,
      preload,
    },
    ...(icon ? { icon } : {}),
  });
}
