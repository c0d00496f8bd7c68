// Channel handlers: thin adapters from validated input to the services.
import { readSettings, updateSettings } from '../services/settings';
import type { Vault } from '../vault';
import type { Handlers } from './dispatcher';

export type HandlerContext = {
  vault: Vault;
  /** Restart the idle countdown after the auto-lock setting changes. */
  onSettingsChanged: () => void;
};

export function createHandlers({ vault, onSettingsChanged }: HandlerContext): Handlers {
  return {
    'vault.status': () => ({ state: vault.state() }),
    'vault.create': ({ passphrase, confirmation }) => vault.create(passphrase, confirmation),
    'vault.confirmRecoveryCode': async ({ recoveryCode }) => {
      await vault.confirmRecoveryCode(recoveryCode);
      return { isConfirmed: true as const };
    },
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(passphrase);
      return {};
    },
    'vault.recover': ({ recoveryCode, newPassphrase, confirmation }) => vault.recover(recoveryCode, newPassphrase, confirmation),
    'vault.lock': () => {
      vault.lock();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase, confirmation }) => {
      await vault.changePassphrase(currentPassphrase, newPassphrase, confirmation);
      return {};
    },
    'settings.get': () => readSettings(vault.database().db),
    'settings.update': (changes) => {
      const updated = updateSettings(vault.database().db, changes);
      onSettingsChanged();
      return updated;
    },
    'session.activity': () => ({}),
  };
}
