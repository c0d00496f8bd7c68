// Ubuntu 23.10 and later stop unprivileged programs creating user namespaces
// (an AppArmor restriction), which Chromium's sandbox needs; Electron then
// aborts with "The SUID sandbox helper binary was found, but is not configured
// correctly". The fix keeps the sandbox on: never suggest --no-sandbox.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The sysctl Ubuntu sets to 1 to restrict unprivileged user namespaces. */
export const userNamespaceRestriction = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';

export type SandboxFacts = {
  restrictsUserNamespaces: boolean;
  /** Electron's chrome-sandbox beside its binary, if there is one. */
  helper: { path: string; isRootOwned: boolean; isSetuid: boolean } | null;
};

/** Advice when the system blocks the namespace sandbox and the setuid helper is not set up; otherwise null. */
export function sandboxAdvice({ restrictsUserNamespaces, helper }: SandboxFacts): string | null {
  if (!restrictsUserNamespaces || !helper) return null;
  if (helper.isRootOwned && helper.isSetuid) return null;
  return [
    'Electron could not start its sandbox: this system (Ubuntu 23.10 or later) restricts unprivileged user namespaces.',
    'Let Electron’s sandbox helper do it instead (once, after each `npm ci`):',
    `  sudo chown root:root ${helper.path}`,
    `  sudo chmod 4755 ${helper.path}`,
    'then run `npm start` again. Do not turn the sandbox off. The installed app does not need this: use the .deb package.',
  ].join('\n');
}

/** Reads the facts from this machine; null anywhere but Linux. */
export function readSandboxFacts(electronExecutable: string): SandboxFacts | null {
  if (process.platform !== 'linux') return null;
  let restrictsUserNamespaces = false;
  try {
    restrictsUserNamespaces = readFileSync(userNamespaceRestriction, 'utf8').trim() === '1';
  } catch {
    // No such setting: the kernel does not restrict them.
  }
  const path = join(dirname(electronExecutable), 'chrome-sandbox');
  try {
    const stats = statSync(path);
    return {
      restrictsUserNamespaces,
      helper: { path, isRootOwned: stats.uid === 0, isSetuid: (stats.mode & 0o4000) !== 0 },
    };
  } catch {
    return { restrictsUserNamespaces, helper: null };
  }
}
