// Where this system's Argon2id addon is (main/vault/argon2.ts): @node-rs/argon2 lists a
// package per system, npm installs only the one that fits, and its main file is the addon.
// A bundle of the app cannot reach node_modules, so the build copies the file for it.
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function argon2AddonFile(fromProject: NodeRequire): string | undefined {
  const manifest = JSON.parse(readFileSync(fromProject.resolve('@node-rs/argon2/package.json'), 'utf8')) as {
    optionalDependencies?: Record<string, string>;
  };
  for (const platformPackage of Object.keys(manifest.optionalDependencies ?? {})) {
    try {
      const file = fromProject.resolve(platformPackage);
      if (file.endsWith('.node')) return file;
    } catch {
      // Another system's package: not installed here.
    }
  }
  return undefined;
}

/** Copies this system's addon to `destination`; false when none is installed (the app then uses WebAssembly). */
export function copyArgon2Addon(fromProject: NodeRequire, destination: string): boolean {
  const addon = argon2AddonFile(fromProject);
  if (!addon) return false;
  mkdirSync(dirname(destination), { recursive: true });
  cpSync(addon, destination);
  return true;
}
