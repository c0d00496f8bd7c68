// Tells the status line to look again after a sync or a change of folder in
// Settings, or a value chosen on a client page.
import { createChangeSignal } from '../app/change-signal';

const sync = createChangeSignal();
export const onSyncChanged = sync.on;
export const notifySyncChanged = sync.notify;
