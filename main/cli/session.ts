// The command line is the third transport: a command unlocks the vault through
// the dispatcher and asks for what it needs by channel, so every input is
// checked by the same contract as the app's and the services cannot tell a
// command from a click. The vault is locked again whatever happens.
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import { createBackedUpVault } from '../backup';
import { createDispatcher } from '../api/dispatcher';
import { createHandlers } from '../api/handlers';
import { AppError } from '../errors';
import { fastestSafeKdf, type KdfParameters, type Vault } from '../vault';
import { writeOutputFile } from './output-file';
import { readPassphrase } from './passphrase';

export type CliSession = {
  /**
   * One call through the dispatcher; a refusal is thrown as the AppError the
   * command prints. `deliverTo` names the file for a channel that hands its
   * file to the transport before logging the disclosure (sharing.shareCopy,
   * reports.export, destinations.exportReturn): it is written whole first.
   */
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    options?: { deliverTo?: string },
  ): Promise<ChannelOutput<C>>;
  /** The vault itself, only for what has no channel: backups, and main/api/maintenance.ts. */
  vault: Vault;
};

/** A session on a vault that is not unlocked yet (`waymark init` creates it through `vault.create`). */
export function openSession(directory: string): CliSession {
  const vault = createBackedUpVault({ directory, kdf: fastKdfForTests() });
  let deliverTo: string | undefined;
  let isDelivered = false;
  const dispatch = createDispatcher({
    handlers: createHandlers({
      vault: () => vault,
      // One command, then the process ends: no idle lock to restart, no demo to offer.
      onSettingsChanged: () => undefined,
      openDemo: () => Promise.reject(new AppError('FORBIDDEN', 'The demo practice is only offered in the preview.')),
      isDemoOffered: false,
      deliverFile: (bytes) => {
        if (deliverTo === undefined) return;
        writeOutputFile(deliverTo, bytes);
        isDelivered = true;
      },
    }),
    isUnlocked: () => vault.state() === 'unlocked',
  });
  const call: CliSession['call'] = async (channel, input, options = {}) => {
    deliverTo = options.deliverTo;
    isDelivered = false;
    try {
      const result = await dispatch(channel, input);
      if (!result.ok) {
        // The dispatcher's words for an unexpected failure are written for the app's window; the command keeps its own.
        if (result.error.code === 'INTERNAL') throw new Error(`${channel} failed`);
        throw new AppError(result.error.code, result.error.message);
      }
      if (deliverTo !== undefined && !isDelivered) throw new Error(`${channel} did not hand over its file`);
      return result.value as ChannelOutput<typeof channel>;
    } finally {
      deliverTo = undefined;
    }
  };
  return { call, vault };
}

/** Unlocks the vault with the passphrase from the environment or the terminal, runs `work`, and locks it again. */
export async function withSession<T>(
  directory: string,
  work: (session: CliSession) => T | Promise<T>,
  absentMessage = `There is no Waymark vault in ${directory}. Create one with \`waymark init --vault ${directory}\`.`,
): Promise<T> {
  const session = openSession(directory);
  if (session.vault.state() === 'absent') throw new AppError('NO_VAULT', absentMessage);
  await session.call('vault.unlock', { passphrase: await readPassphrase('Vault passphrase: ') });
  try {
    return await work(session);
  } finally {
    session.vault.lock();
  }
}

/**
 * WAYMARK_FAST_KDF=1, for test suites only (as the preview harness's --fast-kdf): new passphrase
 * wraps use Argon2id at OWASP's floor rather than calibrating to half a second, and none is
 * strengthened on unlock. An existing vault still opens with the parameters it was made with.
 */
function fastKdfForTests(): KdfParameters | undefined {
  return process.env.WAYMARK_FAST_KDF === '1' ? fastestSafeKdf : undefined;
}
