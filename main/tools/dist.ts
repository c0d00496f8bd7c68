// `npm run dist`: after the build and the Electron build of the SQLite addon,
// makes this system's installers into release/ (see packaging.ts for why only
// this system's). `npm run dist -- --dir` makes only the unpacked app folder;
// `npm run dist -- --release` refuses to finish unless signed (and notarised).
import { Arch } from 'electron-builder';
import { parseArgs } from 'node:util';
import { packageForThisSystem, releaseOverrides, releaseSigningProblems } from './packaging';

const { values } = parseArgs({
  options: {
    dir: { type: 'boolean', default: false },
    // This machine's processor unless told otherwise; another one is refused unless the addon matches it.
    arch: { type: 'string', default: process.arch },
    release: { type: 'boolean', default: false },
  },
});

const arch = Arch[values.arch as keyof typeof Arch] as Arch | undefined;
if (arch === undefined) {
  process.stderr.write(`Unknown processor "${values.arch}"; use x64, arm64 or (macOS) universal.\n`);
  process.exit(2);
}

const signingProblems = values.release ? releaseSigningProblems(process.platform, process.env) : [];
if (signingProblems.length > 0) {
  process.stderr.write(`Not making a release: ${signingProblems.join(' ')} See README, "Signing and notarisation".\n`);
  process.exit(1);
}

try {
  const artifacts = await packageForThisSystem({
    isDirOnly: values.dir,
    arch,
    overrides: values.release ? releaseOverrides : {},
  });
  process.stdout.write(
    `${artifacts.length > 0 ? artifacts.map((file) => `Made ${file}`).join('\n') : 'Made the app folder in release/'}\n`,
  );
} catch (error) {
  process.stderr.write(`Packaging failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
