// Channels for the practice's data-protection records: the request register, the disclosure and audit logs, retention and the adviser's documents.
import type { Channel } from './channel';

export const practiceRecordsChannels = {} satisfies Record<string, Channel>;
