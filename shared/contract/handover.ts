// Channels for handing a client's records to another adviser (portability) and rectification.
import type { Channel } from './channel';

export const handoverChannels = {} satisfies Record<string, Channel>;
