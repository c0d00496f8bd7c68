// Each area of the app answers its own channels in its own file; handlers.ts
// gathers the groups into the one map the dispatcher needs.
import type { SyncRunner } from '../services/sync';
import type { Vault } from '../vault';
import type { Handlers } from './dispatcher';

export type HandlerContext = {
  /** The vault in use now (the preview can switch to a demo vault). */
  vault: () => Vault;
  /** Restart the idle countdown after the auto-lock setting changes. */
  onSettingsChanged: () => void;
  openDemo: () => Promise<{ clients: number }>;
  isDemoOffered: boolean;
  /** The demo practice is the vault in use; absent where there is no demo. */
  isDemoInUse?: () => boolean;
  /**
   * A transport that writes a file itself (the command line) is handed it here,
   * before its disclosure is logged, so a file that could not be written is
   * never logged as disclosed. The app's transports deliver by answering the call.
   */
  deliverFile?: (bytes: Buffer) => void;
  /** The app's one sync runner, shared with its schedule; a transport without one (the command line) gets its own. */
  syncs?: SyncRunner;
  /** Before the adviser's lock: one last sync, waited for briefly (see main/api/waymark.ts). */
  beforeLock?: () => Promise<void>;
};

/** The handlers for one contract map, such as sharingChannels. */
export type HandlerGroup<Channels> = Pick<Handlers, keyof Channels & keyof Handlers>;
