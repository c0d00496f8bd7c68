// Assembles one running Waymark: the vault, the idle lock and the dispatcher.
// Electron, the harness and tests each create one and talk only to dispatch().
import { readSettings } from '../services/settings';
import { createIdleLock, createVault, type VaultOptions } from '../vault';
import { createDispatcher, type Dispatch } from './dispatcher';
import { createHandlers } from './handlers';

export type WaymarkOptions = Omit<VaultOptions, 'onUnlocked' | 'onLocked'> & {
  /** Overrides the adviser's auto-lock setting (end-to-end tests use a few seconds). */
  autoLockMs?: number | undefined;
};

export type Waymark = {
  dispatch: Dispatch;
  /** Lock and release the database, for shutdown. */
  close(): void;
};

export function createWaymark(options: WaymarkOptions): Waymark {
  const idleLock = createIdleLock(() => vault.lock());

  const startIdleCountdown = () => {
    const { db } = vault.database();
    idleLock.start(options.autoLockMs ?? readSettings(db).autoLockMinutes * 60_000);
  };

  const vault = createVault({
    ...options,
    onLocked: () => idleLock.stop(),
  });

  const dispatch = createDispatcher({
    handlers: createHandlers({ vault, onSettingsChanged: startIdleCountdown }),
    isUnlocked: () => vault.state() === 'unlocked',
    onCall: (channel) => {
      // Polling the status is not the adviser doing something.
      if (channel !== 'vault.status') idleLock.touch();
    },
  });

  return {
    dispatch: async (channel, input) => {
      const wasUnlocked = vault.state() === 'unlocked';
      const result = await dispatch(channel, input);
      if (!wasUnlocked && vault.state() === 'unlocked') startIdleCountdown();
      return result;
    },
    close() {
      idleLock.stop();
      vault.lock();
    },
  };
}
