// Tells the status line to look again after a backup or a restore on the
// backups page. No polling: a call every minute would keep the vault from locking.
const listeners = new Set<() => void>();

export function onBackupsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyBackupsChanged(): void {
  for (const listener of listeners) listener();
}
