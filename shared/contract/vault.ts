// Channels that create, open, close and re-key the vault, keep it from locking
// while the adviser works, and open the preview's demo practice instead.
import { z } from 'zod';
import { channel } from './channel';
import { passphraseMaxLength, recoveryCodeMaxLength } from './limits';

const passphrase = z
  .string()
  .max(passphraseMaxLength, `A passphrase can be at most ${passphraseMaxLength} characters.`);
const recoveryCode = z
  .string()
  .min(1, 'Enter the recovery code.')
  .max(recoveryCodeMaxLength, 'That is longer than a recovery code.');
const nothing = z.strictObject({});

export const vaultState = z.enum(['absent', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof vaultState>;

export const vaultChannels = {
  'vault.status': channel({
    input: nothing,
    // isDemoOffered: the preview offers a throwaway demo practice beside the real vault.
    // isDamaged: the check after unlocking found damage and locked the vault.
    // isDemo: the demo practice is the vault open now (so its banner survives a reload).
    output: z.object({ state: vaultState, isDemoOffered: z.boolean(), isDamaged: z.boolean(), isDemo: z.boolean() }),
    isAvailableWhenLocked: true,
  }),
  'vault.openDemo': channel({
    input: nothing,
    output: z.object({ clients: z.number().int() }),
    isAvailableWhenLocked: true,
  }),
  'vault.create': channel({
    input: z.strictObject({ passphrase, confirmation: passphrase }),
    output: z.object({ recoveryCode: z.string() }),
    isAvailableWhenLocked: true,
  }),
  'vault.confirmRecoveryCode': channel({
    input: z.strictObject({ recoveryCode }),
    output: z.object({ isConfirmed: z.literal(true) }),
  }),
  'vault.unlock': channel({
    input: z.strictObject({ passphrase }),
    output: nothing,
    isAvailableWhenLocked: true,
  }),
  'vault.recover': channel({
    input: z.strictObject({ recoveryCode, newPassphrase: passphrase, confirmation: passphrase }),
    // Recovery spends the old code: a fresh one is issued and must be kept again.
    output: z.object({ recoveryCode: z.string() }),
    isAvailableWhenLocked: true,
  }),
  'vault.lock': channel({
    input: nothing,
    output: nothing,
    isAvailableWhenLocked: true,
  }),
  'vault.changePassphrase': channel({
    input: z.strictObject({ currentPassphrase: passphrase, newPassphrase: passphrase, confirmation: passphrase }),
    output: nothing,
  }),
  /** The renderer reports that the adviser is active, so the idle lock's timer restarts. */
  'vault.activity': channel({ input: nothing, output: nothing }),
};
