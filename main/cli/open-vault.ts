// Unlocks the vault for a command and always locks it again afterwards.
import { AppError } from '../errors';
import { createBackedUpVault } from '../backup';
import type { OpenVault } from '../vault';
import { readPassphrase } from './passphrase';

export async function withUnlockedVault<T>(directory: string, work: (vault: OpenVault) => T | Promise<T>): Promise<T> {
  const vault = createBackedUpVault({ directory });
  if (vault.state() === 'absent') {
    throw new AppError('NO_VAULT', `There is no Waymark vault in ${directory}. Create one with \`waymark init --vault ${directory}\`.`);
  }
  await vault.unlock(await readPassphrase('Vault passphrase: '));
  try {
    return await work(vault.database());
  } finally {
    vault.lock();
  }
}
