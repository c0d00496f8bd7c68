// The vault: create, unlock, lock, recover, change the passphrase, the activity
// that keeps it from locking while the adviser works, and the demo practice.
import type { vaultChannels } from '../../shared/contract/vault';
import { startKdfThreadAhead } from '../vault';
import type { HandlerContext, HandlerGroup } from './handler-group';

export function vaultHandlers(context: HandlerContext): HandlerGroup<typeof vaultChannels> {
  const { vault: current, openDemo, isDemoOffered } = context;
  return {
    'vault.status': () => {
      const state = current().state();
      // The window is about to ask for a passphrase: the thread that stretches it starts now.
      if (state !== 'unlocked') startKdfThreadAhead();
      return {
        state,
        isDemoOffered,
        isDamaged: current().isDamaged(),
        isDemo: context.isDemoInUse?.() ?? false,
      };
    },
    'vault.openDemo': () => openDemo(),
    'vault.create': ({ passphrase, confirmation }) => current().create(passphrase, confirmation),
    'vault.confirmRecoveryCode': async ({ recoveryCode }) => {
      await current().confirmRecoveryCode(recoveryCode);
      return { isConfirmed: true as const };
    },
    'vault.unlock': async ({ passphrase }) => {
      await current().unlock(passphrase);
      return {};
    },
    'vault.recover': ({ recoveryCode, newPassphrase, confirmation }) =>
      current().recover(recoveryCode, newPassphrase, confirmation),
    'vault.lock': async () => {
      await context.beforeLock?.();
      current().lock();
      return {};
    },
    'vault.changePassphrase': async ({ currentPassphrase, newPassphrase, confirmation }) => {
      await current().changePassphrase(currentPassphrase, newPassphrase, confirmation);
      return {};
    },
    'vault.activity': () => ({}),
  };
}
