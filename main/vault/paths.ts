// Where a vault's files live. The default folder is the per-user data folder
// Electron uses for an app named "Waymark", so the app and the CLI agree.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const appName = 'Waymark';

export type VaultFiles = { directory: string; keyFile: string; database: string };

export function vaultFiles(directory: string): VaultFiles {
  return { directory, keyFile: join(directory, 'waymark.key'), database: join(directory, 'waymark.db') };
}

/** Mirrors Electron's app.getPath('userData') for each platform. */
export function userDataDirectory(
  environment: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(environment.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', appName);
  return join(environment.XDG_CONFIG_HOME ?? join(homedir(), '.config'), appName);
}

export function defaultVaultDirectory(): string {
  return join(userDataDirectory(), 'vault');
}
