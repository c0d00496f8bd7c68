// Electron's entry point: wires the window, the app:// protocol, IPC, the menu,
// quitting and the vault together. The decisions live in the small modules beside this one.
import * as electron from 'electron';
import { createWaymark, type Waymark } from '../api/waymark';
import { checkNativeModule } from '../db/native-module';
import { addLogSink, createLogger } from '../log';
import { appName } from '../vault';
import { choosesFolderForSender, type ShowFolderDialog } from './choose-folder';
import { createCallHandler, ipcChannel, type CallEvent } from './ipc';
import { openLogFile } from './log-file';
import { menuTemplate } from './menu';
import { guardWebContents } from './navigation';
import { appEntryUrl, appScheme, isSafeExternalUrl } from './origin';
import { appPaths } from './paths';
import { denyAllPermissions } from './permissions';
import { printsForSender } from './print';
import { createAppProtocolHandler, privilegedSchemes } from './protocol';
import { createQuitControl, type QuitControl, type QuitProgress } from './quit';
import { claimSingleInstance } from './single-instance';
import { isSpellcheckOnDevice, keepSpellcheckOffline } from './spellcheck';
import { describeStartFailure, NativeModuleError } from './start-failure';
import { createMainWindow } from './window';

// Destructured under another name on purpose: any bundle-level symbol called BrowserWindow
// (even esbuild's own for `electron.BrowserWindow`) makes it rename createMainWindow's
// parameter, and Electronegativity then skips every window setting.
const { app, dialog, ipcMain, Menu, powerMonitor, protocol, session, shell, BrowserWindow: ElectronWindow } = electron;
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
// The logs folder follows userData (userData/logs; ~/Library/Logs/Waymark on macOS).
app.setAppLogsPath();
const logFile = openLogFile(app.getPath('logs'));
addLogSink((line) => logFile.write(line));

let mainWindow: electron.BrowserWindow | null = null;
let waymark: Waymark | null = null;

if (claimSingleInstance(app, () => mainWindow)) {
  // Every renderer, including any we did not create ourselves, runs sandboxed.
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged(privilegedSchemes);

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openInBrowser));
  app.on('window-all-closed', () => app.quit());
  // Quitting backs up in a worker and locks the vault last, also when the system ends the session.
  const quitControl = createQuitControl({ app, waymark: () => waymark, progress: quitProgress() });

  app
    .whenReady()
    .then(() => start(quitControl))
    .catch(failToStart);
}

function start(quitControl: QuitControl<electron.BrowserWindow>): void {
  denyAllPermissions(session.defaultSession);
  keepSpellcheckOffline(session.defaultSession, process.platform);
  protocol.handle(appScheme, createAppProtocolHandler(paths.rendererFolder));

  // A module for another system or runtime is named now, not reported later as a failed unlock.
  const nativeProblem = checkNativeModule(paths.nativeBinding);
  if (nativeProblem) throw new NativeModuleError(nativeProblem);

  waymark = createWaymark({
    directory: paths.vaultDirectory,
    nativeBinding: paths.nativeBinding,
    argon2Addon: paths.argon2Addon,
    migrationsFolder: paths.migrationsFolder,
  });
  // The one IPC channel; print.page also prints the window that asked, and files.chooseFolder opens the folder window over it.
  ipcMain.handle(
    ipcChannel,
    printsForSender(choosesFolderForSender(createCallHandler(waymark.dispatch), showFolderDialog)),
  );

  const isDevelopment = !app.isPackaged;
  app.setAboutPanelOptions({
    applicationName: appName,
    applicationVersion: app.getVersion(),
    copyright: 'Copyright © Waymark',
    iconPath: paths.windowIcon,
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        isDevelopment,
        appName,
        showAbout: () => app.showAboutPanel(),
        openLogFolder: () => void shell.openPath(app.getPath('logs')),
      }),
    ),
  );

  mainWindow = createMainWindow(ElectronWindow, {
    preload: paths.preload,
    isDevelopment,
    isSpellcheckOnDevice: isSpellcheckOnDevice(process.platform),
    icon: process.platform === 'darwin' ? undefined : paths.windowIcon,
  });
  quitControl.watchWindow(mainWindow);
  quitControl.watchShutdown(powerMonitor);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  mainWindow.loadURL(appEntryUrl).catch(() => log.error('the window could not load the app page'));
}

/** The system's folder window, over the window that asked (so it cannot be lost behind it). */
const showFolderDialog: ShowFolderDialog<CallEvent> = (event, options) => {
  const window = ElectronWindow.fromWebContents(event.sender as unknown as electron.WebContents);
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
};

/** Says what went wrong, what to do and where the log is, then quits. */
function failToStart(error: unknown): void {
  log.error('could not start', {
    kind:
      error instanceof NativeModuleError
        ? `native module ${error.problem.kind}`
        : error instanceof Error
          ? error.name
          : typeof error,
  });
  const notice = describeStartFailure(error, logFile.file);
  dialog.showErrorBox(notice.title, notice.message);
  app.quit();
}

/** The notice while quitting waits for the last sync and the backup, on the window (a parentless one would block macOS). */
function quitProgress(): QuitProgress<electron.BrowserWindow> {
  let shown: AbortController | null = null;
  return {
    show(window, onCloseNow) {
      const controller = new AbortController();
      shown = controller;
      void dialog
        .showMessageBox(window, {
          type: 'info',
          title: 'Closing Waymark',
          // Said the same whether or not a sync folder and a backup folder are set: true either way.
          message: 'Finishing up before Waymark closes…',
          detail:
            'Waymark makes its last sync and backup, where you have set them up. This usually takes a few seconds; a large vault can take a minute or two. Waymark closes by itself when it is done.',
          buttons: ['Close without waiting'],
          noLink: true,
          signal: controller.signal,
        })
        .then(() => {
          // Closed by us when the backup finished, or by the adviser choosing not to wait.
          if (!controller.signal.aborted) onCloseNow();
        });
    },
    hide() {
      shown?.abort();
      shown = null;
    },
  };
}

/** navigation.ts sends only https links here; checked again because openExternal can launch any program. */
async function openInBrowser(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) return;
  await shell.openExternal(url);
}
