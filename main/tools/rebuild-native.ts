// Builds the SQLite addon for Electron's ABI into dist/native/, leaving the
// Node build in node_modules alone (tests, the CLI and drizzle-kit need it).
// `--if-stale` skips the work when dist/native already matches Electron and the addon.
import { rebuild } from '@electron/rebuild';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const projectRoot = process.cwd();
const addonSource = join(projectRoot, 'node_modules', 'better-sqlite3');
const stagingRoot = join(projectRoot, 'dist', 'native-build');
const stagedAddon = join(stagingRoot, 'node_modules', 'better-sqlite3');
const outputFolder = join(projectRoot, 'dist', 'native');
const outputAddon = join(outputFolder, 'better_sqlite3.node');
const stampFile = join(outputFolder, 'built-for.json');

type Stamp = { electronVersion: string; addonVersion: string };

function versionOf(packageFolder: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageFolder, 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  if (typeof version !== 'string') throw new Error(`${packageFolder}/package.json has no version.`);
  return version;
}

function wantedStamp(): Stamp {
  return {
    electronVersion: versionOf(join(projectRoot, 'node_modules', 'electron')),
    addonVersion: versionOf(addonSource),
  };
}

/** Current when built for this Electron and this addon version, after the addon was last installed. */
function isUpToDate(wanted: Stamp): boolean {
  if (!existsSync(outputAddon) || !existsSync(stampFile)) return false;
  const stamp: unknown = JSON.parse(readFileSync(stampFile, 'utf8'));
  const isSameBuild = JSON.stringify(stamp) === JSON.stringify(wanted);
  return isSameBuild && statSync(outputAddon).mtimeMs > statSync(join(addonSource, 'package.json')).mtimeMs;
}

/** A throwaway project holding only the addon, so @electron/rebuild cannot reach node_modules/. */
function stageAddon(): void {
  rmSync(stagingRoot, { recursive: true, force: true });
  mkdirSync(stagedAddon, { recursive: true });
  writeFileSync(
    join(stagingRoot, 'package.json'),
    JSON.stringify({ name: 'waymark-native-build', private: true, dependencies: { 'better-sqlite3': '*' } }),
  );
  // Node's build/ folder is left behind: it is large and the rebuild is forced anyway.
  cpSync(addonSource, stagedAddon, {
    recursive: true,
    filter: (source) => {
      const inside = relative(addonSource, source);
      return (
        inside !== 'build' &&
        !inside.startsWith(`build${sep}`) &&
        inside !== 'node_modules' &&
        !inside.startsWith(`node_modules${sep}`)
      );
    },
  });
}

async function rebuildNative(): Promise<void> {
  const wanted = wantedStamp();
  if (process.argv.includes('--if-stale') && isUpToDate(wanted)) {
    process.stdout.write(`The SQLite addon for Electron ${wanted.electronVersion} is up to date.\n`);
    return;
  }

  process.stdout.write(`Building the SQLite addon for Electron ${wanted.electronVersion} (a few minutes)...\n`);
  stageAddon();
  try {
    await rebuild({
      buildPath: stagingRoot,
      // Stops @electron/rebuild walking up into the real project's node_modules.
      projectRootPath: stagingRoot,
      electronVersion: wanted.electronVersion,
      force: true,
      onlyModules: ['better-sqlite3'],
    });
    const built = join(stagedAddon, 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) throw new Error(`the build finished but ${relative(projectRoot, built)} is missing`);
    mkdirSync(outputFolder, { recursive: true });
    cpSync(built, outputAddon);
    writeFileSync(stampFile, `${JSON.stringify(wanted)}\n`);
  } finally {
    rmSync(stagingRoot, { recursive: true, force: true });
  }
  process.stdout.write(`Wrote ${relative(projectRoot, outputAddon)}\n`);
}

try {
  await rebuildNative();
} catch (error) {
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `Could not build the SQLite addon for Electron: ${reason}\n` +
      'This step downloads Electron’s headers from electronjs.org, so it needs internet access. ' +
      'Tests and `npm run preview` do not need it.\n',
  );
  process.exit(1);
}
