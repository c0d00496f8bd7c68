// Channels for backups, restore and the backup status.
import type { Channel } from './channel';

export const backupsChannels = {} satisfies Record<string, Channel>;
