// Which build of the SQLite addon backups open their databases with. One
// runtime, one addon: the app sets Electron's build once at start (see
// createWaymark); tests and the CLI leave it unset and get Node's build.
let nativeBinding: string | undefined;

export function useBackupNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function backupNativeBinding(): string | undefined {
  return nativeBinding;
}
