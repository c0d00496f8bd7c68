// `npm run dist`: after the build and the Electron build of the SQLite addon,
// makes this system's installers into release/ (see packaging.ts for why only
// this system's). `npm run dist -- --dir` makes only the unpacked app folder.
import { Arch } from 'electron-builder';
import { parseArgs } from 'node:util';
import { packageForThisSystem } from './packaging';

const { values } = parseArgs({
  options: {
    dir: { type: 'boolean', default: false },
    // This machine's processor unless told otherwise; another one is refused unless the addon matches it.
    arch: { type: 'string', default: process.arch },
  },
});

const arch = Arch[values.arch as keyof typeof Arch] as Arch | undefined;
if (arch === undefined) {
  process.stderr.write(`Unknown processor "${values.arch}"; use x64, arm64 or (macOS) universal.\n`);
  process.exit(2);
}

try {
  const artifacts = await packageForThisSystem({ isDirOnly: values.dir, arch });
  process.stdout.write(`${artifacts.length > 0 ? artifacts.map((file) => `Made ${file}`).join('\n') : 'Made the app folder in release/'}\n`);
} catch (error) {
  process.stderr.write(`Packaging failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
