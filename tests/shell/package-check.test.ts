// The package check: electron-builder, run as `npm run dist` runs it (real
// electron-builder.yml and package.json, the native-module check as afterPack),
// for Linux's unpacked `dir` target with a stand-in Electron binary, since the
// real one cannot be downloaded here. It checks what must ship (main, preload,
// workers, renderer, the addon outside the archive), what must not (source
// maps, node_modules, sources, tests, the build machine's paths), the fuses,
// and that a module for another system stops packaging.
import { listPackage, extractFile } from '@electron/asar';
import { Arch, type AfterPackContext, type Configuration } from 'electron-builder';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageForThisSystem } from '../../main/tools/packaging';
import { nodeBuildOfAddon, projectRoot } from './stand-in-app';

/** @electron/fuses' marker; the fuse wire follows it: version 1, length, then one byte per fuse. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** As Electron ships them: run-as-node on, cookie encryption off, NODE_OPTIONS on, inspect on, asar integrity off, app only from asar off, V8 snapshot off, file:// privileges on. */
const shippedFuses = '10110001';
const fuseNames = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];

function makeStandInElectron(folder: string): void {
  mkdirSync(join(folder, 'resources'), { recursive: true });
  mkdirSync(join(folder, 'locales'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('\x7fELF stand-in for the Electron binary\n'),
    Buffer.from(fuseSentinel),
    Buffer.from([1, shippedFuses.length]),
    Buffer.from(shippedFuses),
    Buffer.alloc(64),
  ]);
  writeFileSync(join(folder, 'electron'), binary);
  chmodSync(join(folder, 'electron'), 0o755);
  writeFileSync(join(folder, 'chrome-sandbox'), 'stand-in');
  writeFileSync(join(folder, 'LICENSE'), 'stand-in');
  writeFileSync(join(folder, 'LICENSES.chromium.html'), 'stand-in');
  writeFileSync(join(folder, 'version'), '45.4.1');
  writeFileSync(join(folder, 'locales', 'en-GB.pak'), 'stand-in');
}

/** A throwaway copy of the project as packaging sees it: its config, its built dist/ and its node_modules (linked). */
function makeProject(folder: string, nativeModule: Uint8Array | null): void {
  for (const file of ['package.json', 'electron-builder.yml']) cpSync(join(projectRoot, file), join(folder, file));
  for (const part of ['electron', 'renderer', 'icons'])
    cpSync(join(projectRoot, 'dist', part), join(folder, 'dist', part), { recursive: true });
  mkdirSync(join(folder, 'dist', 'native'), { recursive: true });
  if (nativeModule) writeFileSync(join(folder, 'dist', 'native', 'better_sqlite3.node'), nativeModule);
  else cpSync(nodeBuildOfAddon, join(folder, 'dist', 'native', 'better_sqlite3.node'));
  cpSync(join(projectRoot, 'dist', 'native', 'argon2.node'), join(folder, 'dist', 'native', 'argon2.node'));
  symlinkSync(join(projectRoot, 'node_modules'), join(folder, 'node_modules'), 'junction');
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe.skipIf(process.platform !== 'linux')(
  'the package electron-builder makes (Linux dir target, stand-in Electron binary)',
  () => {
    let root: string;
    let appOutDir: string;
    let archive: string[];
    let effective: { config: Configuration; homepage: string | null | undefined } | undefined;

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'waymark-package-'));
      makeStandInElectron(join(root, 'electron-dist'));
      makeProject(join(root, 'project'), null);
      await packageForThisSystem({
        projectDir: join(root, 'project'),
        isDirOnly: true,
        arch: Arch.x64,
        overrides: {
          electronDist: join(root, 'electron-dist'),
          directories: { output: join(root, 'release') },
          beforePack: async (context: AfterPackContext) => {
            // What the deb target asks for first: without it, "Please specify project homepage".
            effective = {
              config: context.packager.config,
              homepage: await context.packager.appInfo.computePackageUrl(),
            };
          },
        },
      });
      appOutDir = join(root, 'release', 'linux-unpacked');
      archive = listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((path) =>
        path.split(sep).join('/'),
      );
    });

    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it("puts main, preload, every worker, the migrations, the picture renderer and its font, Automerge's WebAssembly, the renderer and the icon in app.asar", () => {
      const pictures = [
        '/dist/electron/pictures/resvg.wasm',
        '/dist/electron/pictures/picture-font-regular.ttf',
        '/dist/electron/pictures/picture-font-bold.ttf',
      ];
      for (const file of [
        '/package.json',
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/electron/backup-worker.cjs',
        '/dist/electron/damage-check-worker.cjs',
        '/dist/electron/kdf-worker.cjs',
        '/dist/electron/sync-worker.cjs',
        '/dist/electron/document-maker-worker.cjs',
        ...pictures,
        // Sync's Automerge reads it from beside main.cjs.
        '/dist/electron/automerge_wasm_bg.wasm',
        '/dist/renderer/index.html',
        '/dist/icons/icon.png',
      ]) {
        expect(archive, file).toContain(file);
      }
      expect(archive.some((path) => /^\/dist\/electron\/db\/migrations\/\d{4}_[a-z_]+\.sql$/.test(path))).toBe(true);
      expect(archive.some((path) => /^\/dist\/renderer\/assets\/index-.+\.js$/.test(path))).toBe(true);
    });

    it('ships the SQLite and Argon2id addons outside the archive, where the app loads them, and nowhere else', () => {
      expect(existsSync(join(appOutDir, 'resources', 'native', 'better_sqlite3.node'))).toBe(true);
      expect(existsSync(join(appOutDir, 'resources', 'app.asar.unpacked'))).toBe(false);
      expect(
        filesUnder(appOutDir)
          .filter((file) => file.endsWith('.node'))
          .sort(),
      ).toEqual(['resources/native/argon2.node', 'resources/native/better_sqlite3.node']);
      expect(archive.filter((path) => path.endsWith('.node'))).toEqual([]);
    });

    it('leaves out source maps, node_modules, TypeScript sources, tests and the native build’s stamp', () => {
      const forbidden = archive.filter((path) =>
        /\.map$|\/node_modules(\/|$)|\.tsx?$|^\/(main|renderer|shared|tests)(\/|$)|\.test\.|built-for\.json/.test(path),
      );
      expect(forbidden).toEqual([]);
      expect(
        filesUnder(join(appOutDir, 'resources')).filter((file) => file !== 'app.asar' && !file.startsWith('native/')),
      ).toEqual([]);
    });

    it('holds no path of the machine that built it (a user name is personal data)', () => {
      const archivePath = join(appOutDir, 'resources', 'app.asar');
      const buildPaths = [projectRoot, join(root, 'project'), homedir()].filter((path) => path.length > 1);
      for (const file of archive.filter((path) => /\.(cjs|js|html|json|css)$/.test(path))) {
        const text = extractFile(archivePath, file.slice(1)).toString('utf8');
        for (const buildPath of buildPaths)
          expect(text.includes(buildPath), `${file} contains ${buildPath}`).toBe(false);
      }
    });

    it('flips the fuses as electron-builder.yml says', () => {
      const binary = readFileSync(join(appOutDir, 'waymark'));
      const wireAt = binary.indexOf(fuseSentinel) + fuseSentinel.length + 2;
      const fuses = Object.fromEntries(
        fuseNames.map((name, index) => [name, String.fromCharCode(binary[wireAt + index] ?? 0)]),
      );
      expect(fuses).toEqual({
        runAsNode: '0',
        enableCookieEncryption: '1',
        enableNodeOptionsEnvironmentVariable: '0',
        enableNodeCliInspectArguments: '0',
        enableEmbeddedAsarIntegrityValidation: '1',
        onlyLoadAppFromAsar: '1',
        loadBrowserProcessSpecificV8Snapshot: '0',
        grantFileProtocolExtraPrivileges: '0',
      });
    });

    it('is configured for every system: homepage and maintainer for the deb, icons, the macOS signature reset', () => {
      const config = effective?.config;
      const homepage = effective?.homepage;
      expect(homepage).toMatch(/^https:\/\//);
      // A role address on the homepage's own domain, as the deb's control file needs.
      expect(config?.linux?.maintainer).toMatch(
        new RegExp(`<[a-z]+@${new URL(homepage ?? 'https://x').host.replace(/\./g, '\\.')}>$`),
      );
      expect(config?.electronFuses?.resetAdHocDarwinSignature).toBe(true);
      expect(config?.asarUnpack).toBeUndefined();
      for (const icon of [config?.mac?.icon, config?.win?.icon, config?.linux?.icon])
        expect(existsSync(join(projectRoot, String(icon))), String(icon)).toBe(true);
    });
  },
);

describe.skipIf(process.platform !== 'linux')('packaging with a SQLite module built for another system', () => {
  it('is refused before anything is made for release', async () => {
    const root = mkdtempSync(join(tmpdir(), 'waymark-package-refused-'));
    try {
      const windowsModule = new Uint8Array(0x100);
      windowsModule.set([0x4d, 0x5a]);
      new DataView(windowsModule.buffer).setUint32(0x3c, 0x80, true);
      windowsModule.set([0x50, 0x45, 0, 0, 0x64, 0x86], 0x80);
      makeStandInElectron(join(root, 'electron-dist'));
      makeProject(join(root, 'project'), windowsModule);
      const packaging = packageForThisSystem({
        projectDir: join(root, 'project'),
        isDirOnly: true,
        arch: Arch.x64,
        overrides: { electronDist: join(root, 'electron-dist'), directories: { output: join(root, 'release') } },
      });
      await expect(packaging).rejects.toThrow(
        /Refusing to package: The SQLite module is built for Windows \(x64\), not for Linux \(x64\)\. Build each system’s installers on that system/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
