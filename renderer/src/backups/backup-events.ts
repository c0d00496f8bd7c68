// Tells the status line to look again after a backup or a restore on the
// backups page.
import { createChangeSignal } from '../app/change-signal';

const backups = createChangeSignal();
export const onBackupsChanged = backups.on;
export const notifyBackupsChanged = backups.notify;
