// Tells the status line to look again after a sync or a change of folder in
// Settings, or a value chosen on a client page. No polling: a call every
// minute would keep the vault from locking.
const listeners = new Set<() => void>();

export function onSyncChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifySyncChanged(): void {
  for (const listener of listeners) listener();
}
