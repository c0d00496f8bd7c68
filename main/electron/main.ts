// Electron's entry point: wires the window, the app:// protocol, IPC and the
// vault together. The decisions live in the small modules beside this one.
import * as electron from 'electron';
import { createWaymark, type Waymark } from '../api/waymark';
import { createLogger } from '../log';
import { appName } from '../vault';
import { createCallHandler, ipcChannel } from './ipc';
import { guardWebContents } from './navigation';
import { appEntryUrl, appScheme, isSafeExternalUrl } from './origin';
import { appPaths } from './paths';
import { denyAllPermissions } from './permissions';
import { printsForSender } from './print';
import { createAppProtocolHandler, privilegedSchemes } from './protocol';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './window';

// Destructured under another name on purpose: any bundle-level symbol called BrowserWindow
// (even esbuild's own for `electron.BrowserWindow`) makes it rename createMainWindow's
// parameter, and Electronegativity then skips every window setting.
const { app, ipcMain, protocol, session, shell, BrowserWindow: ElectronWindow } = electron;
const log = createLogger('electron');

app.setName(appName);
// UK English for dates and spelling everywhere, whatever the system's language.
app.commandLine.appendSwitch('lang', 'en-GB');
const paths = appPaths({
  isPackaged: app.isPackaged,
  bundleFolder: __dirname,
  resourcesPath: process.resourcesPath,
  appData: app.getPath('appData'),
});
// Before the lock: Electron keeps the single-instance lock in userData.
app.setPath('userData', paths.userData);

let mainWindow: electron.BrowserWindow | null = null;
let waymark: Waymark | null = null;

if (claimSingleInstance(app, () => mainWindow)) {
  // Every renderer, including any we did not create ourselves, runs sandboxed.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(privilegedSchemes);

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openInBrowser));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    // Locks the vault and closes the database before the process ends.
    waymark?.close();
    waymark = null;
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('could not start', { kind: error instanceof Error ? error.name : typeof error });
      app.quit();
    });
}

function start(): void {
  denyAllPermissions(session.defaultSession);
  protocol.handle(appScheme, createAppProtocolHandler(paths.rendererFolder));

  waymark = createWaymark({
    directory: paths.vaultDirectory,
    nativeBinding: paths.nativeBinding,
    migrationsFolder: paths.migrationsFolder,
  });
  // The one IPC channel; print.page also prints the window that asked.
  ipcMain.handle(ipcChannel, printsForSender(createCallHandler(waymark.dispatch)));

  mainWindow = createMainWindow(ElectronWindow, paths.preload);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  mainWindow.loadURL(appEntryUrl).catch(() => log.error('the window could not load the app page'));
}

/** navigation.ts sends only https links here; checked again because openExternal can launch any program. */
async function openInBrowser(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  await shell.openExternal(url);
}
