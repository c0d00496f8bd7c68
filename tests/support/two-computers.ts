// An adviser's laptop and desktop and the folder they sync through, all on this
// machine: the desktop is restored from a copy of the laptop's vault, as the
// README sets one up. Both are locked and removed when the test ends.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { OpenVault, Vault } from '../../main/vault';
import { makeTempDirectory, makeVault, removeDirectory, strongPassphrase } from './vault-fixture';

/**
 * `beforeCopy` runs on the laptop's open vault before its files are copied (to add records,
 * or to sync first as the README asks); what it returns comes back as `prepared`.
 */
export async function laptopAndDesktop<T = undefined>(
  beforeCopy?: (laptop: OpenVault, folder: string) => T | Promise<T>,
): Promise<{ folder: string; laptop: Vault; desktop: Vault; prepared: T }> {
  const workspace = makeTempDirectory('waymark-two-computers-');
  const opened: Vault[] = [];
  onTestFinished(() => {
    for (const vault of opened) vault.lock();
    removeDirectory(workspace);
  });
  const folder = join(workspace, 'shared');
  mkdirSync(folder);
  const laptop = makeVault({ directory: join(workspace, 'laptop') });
  opened.push(laptop);
  await laptop.create(strongPassphrase, strongPassphrase);
  await laptop.unlock(strongPassphrase);
  const prepared = (await beforeCopy?.(laptop.database(), folder)) as T;
  laptop.lock();
  cpSync(join(workspace, 'laptop'), join(workspace, 'desktop'), { recursive: true });
  const desktop = makeVault({ directory: join(workspace, 'desktop') });
  opened.push(desktop);
  for (const vault of [laptop, desktop]) await vault.unlock(strongPassphrase);
  return { folder, laptop, desktop, prepared };
}
