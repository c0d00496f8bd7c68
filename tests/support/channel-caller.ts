// Calls a channel as the renderer does, through the dispatcher and the
// contract's validation, and throws the refusal (its code and message) so a
// test can assert on it.
import { createDispatcher } from '../../main/api/dispatcher';
import { createHandlers } from '../../main/api/handlers';
import type { Vault } from '../../main/vault';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { makeVaultWithRoll } from './vault-fixture';

export type ChannelCaller = <C extends ChannelName>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export function channelCaller(vault: Vault): ChannelCaller {
  const dispatch = createDispatcher({
    handlers: createHandlers({
      vault: () => vault,
      onSettingsChanged: () => undefined,
      openDemo: () => Promise.resolve({ clients: 0 }),
      isDemoOffered: false,
    }),
    isUnlocked: () => vault.state() === 'unlocked',
  });
  return async (channel, input) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ChannelOutput<typeof channel>;
  };
}

/** A vault holding one school's roll (makeVaultWithRoll), and a caller for its channels. */
export async function rollVaultWithCaller(roll: string, now: Date) {
  const made = await makeVaultWithRoll(roll, now);
  return { ...made, call: channelCaller(made.vault) };
}
