// Where the running app finds its pieces, packaged or from a development build.
// The bundle sits in dist/electron/ (inside app.asar when packaged).
import { join } from 'node:path';
import { appName } from '../vault';

export type AppLocation = {
  isPackaged: boolean;
  /** The folder holding main.cjs: __dirname of the bundle. */
  bundleFolder: string;
  /** process.resourcesPath: where extraResources land when packaged. */
  resourcesPath: string;
  /** app.getPath('appData'). */
  appData: string;
};

export type AppPaths = {
  userData: string;
  vaultDirectory: string;
  preload: string;
  rendererFolder: string;
  migrationsFolder: string;
  nativeBinding: string;
  /** Argon2id's addon for this system, copied by build-electron beside the SQLite one (main/vault/argon2.ts). */
  argon2Addon: string;
  /** The window's icon on Windows and Linux, rendered by build-electron into dist/icons/. */
  windowIcon: string;
};

/**
 * Electron names userData after package.json's "name" (lower case) unless told
 * otherwise; pinning it keeps the app and the CLI on the same vault folder.
 */
export function userDataFolder(appData: string): string {
  return join(appData, appName);
}

export function vaultDirectoryIn(userData: string): string {
  return join(userData, 'vault');
}

export function appPaths({ isPackaged, bundleFolder, resourcesPath, appData }: AppLocation): AppPaths {
  const userData = userDataFolder(appData);
  return {
    userData,
    vaultDirectory: vaultDirectoryIn(userData),
    preload: join(bundleFolder, 'preload.cjs'),
    rendererFolder: join(bundleFolder, '..', 'renderer'),
    // build-electron copies main/db/migrations next to the bundle.
    migrationsFolder: join(bundleFolder, 'db', 'migrations'),
    // The Electron-ABI addon: rebuild-native writes dist/native/, packaging moves it to resources/native/.
    nativeBinding: isPackaged
      ? join(resourcesPath, 'native', 'better_sqlite3.node')
      : join(bundleFolder, '..', 'native', 'better_sqlite3.node'),
    argon2Addon: isPackaged
      ? join(resourcesPath, 'native', 'argon2.node')
      : join(bundleFolder, '..', 'native', 'argon2.node'),
    windowIcon: join(bundleFolder, '..', 'icons', 'icon.png'),
  };
}
