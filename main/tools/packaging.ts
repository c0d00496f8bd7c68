// Packaging with electron-builder, with one check it cannot make itself: the
// SQLite addon is compiled for the machine that builds (rebuild-native.ts), so
// a Windows installer built on Linux would open and then fail at every unlock.
// The check runs after the app folder is assembled and before fuses, signing
// and installers, and refuses a module built for another system or processor.
import { build, Arch, Platform, type AfterPackContext, type Configuration } from 'electron-builder';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { binaryFormatProblem, readBinaryFormatOfFile } from '../db/native-module';

/** electron-builder's processor names in Node's: armv7l is Node's arm. */
export function nodeArchOf(arch: Arch): string {
  return arch === Arch.armv7l ? 'arm' : Arch[arch];
}

export const buildEachSystemOnItself =
  'Build each system’s installers on that system (Windows on Windows, macOS on a Mac of the same processor, Linux on Linux): ' +
  'the database module is compiled for the computer that builds.';

/** The afterPack hook: throws, which stops electron-builder, when the packaged addon cannot run on the target. */
export async function refuseForeignNativeModule(context: AfterPackContext): Promise<void> {
  const file = join(context.packager.getResourcesDir(context.appOutDir), 'native', 'better_sqlite3.node');
  if (!existsSync(file)) {
    throw new Error(`The package has no SQLite module at ${file}. Run \`npm run dist\`, which builds it first.`);
  }
  const target = { platform: context.electronPlatformName, arch: nodeArchOf(context.arch) };
  const problem = binaryFormatProblem(readBinaryFormatOfFile(file), target);
  if (problem) throw new Error(`Refusing to package: ${problem} ${buildEachSystemOnItself}`);
}

/**
 * A release must be signed (and, for macOS, notarised), never quietly shipped
 * without. Certificates and passwords come only from the environment of the
 * machine that builds (CI secrets), never from the repository. Signing itself is
 * enforced by electron-builder's forceCodeSigning (see releaseOverrides);
 * notarisation it would only skip with a warning, so that is checked here.
 */
export function releaseSigningProblems(platform: NodeJS.Platform, environment: NodeJS.ProcessEnv): string[] {
  if (platform !== 'darwin') return [];
  const has = (...names: string[]) => names.every((name) => Boolean(environment[name]));
  const canNotarise =
    has('APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
    has('APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
    has('APPLE_KEYCHAIN_PROFILE');
  return canNotarise
    ? []
    : [
        'Notarisation needs APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (an App Store Connect API key), or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE.',
      ];
}

/** For `npm run dist -- --release`: an installer that could not be signed is a failed build. */
export const releaseOverrides: Configuration = { mac: { forceCodeSigning: true }, win: { forceCodeSigning: true } };

export type PackageOptions = {
  projectDir?: string | undefined;
  /** Only the unpacked app folder (electron-builder's `dir` target), no installer. */
  isDirOnly?: boolean | undefined;
  arch?: Arch | undefined;
  /** Merged over electron-builder.yml (the package check points electronDist and output elsewhere). */
  overrides?: Configuration | undefined;
};

/** Packages Waymark for the system this runs on, with the native module check. */
export function packageForThisSystem({
  projectDir,
  isDirOnly = false,
  arch = Arch[process.arch as keyof typeof Arch],
  overrides = {},
}: PackageOptions = {}): Promise<string[]> {
  return build({
    projectDir: projectDir ?? process.cwd(),
    targets: Platform.current().createTarget(isDirOnly ? 'dir' : null, arch),
    config: { extends: 'electron-builder.yml', ...overrides, afterPack: refuseForeignNativeModule },
    publish: 'never',
  });
}
