// Assembles one running Waymark: the vault, the idle lock and the dispatcher.
// Electron, the harness and tests each create one and talk only to dispatch().
import { generateDemoPractice } from '../services/demo';
import { readSettings } from '../services/settings';
import { AppError } from '../errors';
import { createIdleLock, createVault, type Vault, type VaultOptions } from '../vault';
import { createDispatcher, type Dispatch } from './dispatcher';
import { todayInLondon } from '../../shared/dates';
import { createHandlers } from './handlers';

export type WaymarkOptions = Omit<VaultOptions, 'onUnlocked' | 'onLocked'> & {
  /** Overrides the adviser's auto-lock setting (end-to-end tests use a few seconds). */
  autoLockMs?: number | undefined;
  /** The preview only: a folder for a throwaway demo practice the adviser can open. */
  demoDirectory?: string | undefined;
};

export type Waymark = {
  dispatch: Dispatch;
  /** Lock and release the database, for shutdown. */
  close(): void;
};

/** Protects nothing real: the demo vault holds only generated people. */
export const demoPassphrase = 'demo practice only: generated people, never real records';
const demoClients = 600;

export function createWaymark(options: WaymarkOptions): Waymark {
  const idleLock = createIdleLock(() => vault.lock());
  const openVault = (directory: string) => createVault({ ...options, directory, onLocked: () => idleLock.stop() });
  let vault: Vault = openVault(options.directory);

  const startIdleCountdown = () => {
    const { db } = vault.database();
    idleLock.start(options.autoLockMs ?? readSettings(db).autoLockMinutes * 60_000);
  };

  const isDemoInUse = () => options.demoDirectory !== undefined && vault.files.directory === options.demoDirectory;

  async function openDemo(): Promise<{ clients: number }> {
    if (!options.demoDirectory) {
      throw new AppError('FORBIDDEN', 'The demo practice is only offered in the preview.');
    }
    vault.lock();
    vault = openVault(options.demoDirectory);
    if (vault.state() === 'absent') {
      await vault.create(demoPassphrase, demoPassphrase);
      generateDemoPractice(vault.database(), { clients: demoClients, seed: 1, today: todayInLondon() });
    } else {
      await vault.unlock(demoPassphrase);
    }
    return { clients: demoClients };
  }

  const dispatch = createDispatcher({
    handlers: createHandlers({ vault: () => vault, onSettingsChanged: startIdleCountdown, openDemo, isDemoOffered: Boolean(options.demoDirectory) }),
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
      // Once the demo locks (by hand or when idle), the adviser's own vault is back in place.
      if (isDemoInUse() && vault.state() !== 'unlocked') vault = openVault(options.directory);
      return result;
    },
    close() {
      idleLock.stop();
      vault.lock();
    },
  };
}
