// The SQLite addon's binary format (ELF, PE, Mach-O and its processors) is
// read from its first bytes: packaging refuses a module for another system,
// and the app names a wrong module at start instead of failing at unlock.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Arch, type AfterPackContext } from 'electron-builder';
import {
  binaryFormatProblem,
  checkNativeModule,
  readBinaryFormat,
  readBinaryFormatOfFile,
} from '../../main/db/native-module';
import { nodeArchOf, refuseForeignNativeModule, releaseSigningProblems } from '../../main/tools/packaging';

// ---- headers as the compilers write them -------------------------------------

function elf(machine: number): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]); // 64-bit, little-endian, version 1
  new DataView(bytes.buffer).setUint16(18, machine, true);
  return bytes;
}

function pe(machine: number): Uint8Array {
  const bytes = new Uint8Array(0x100);
  const view = new DataView(bytes.buffer);
  bytes.set([0x4d, 0x5a]);
  view.setUint32(0x3c, 0x80, true);
  bytes.set([0x50, 0x45, 0, 0], 0x80);
  view.setUint16(0x84, machine, true);
  return bytes;
}

function machO(cpuType: number): Uint8Array {
  const bytes = new Uint8Array(32);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xfeedfacf, true);
  view.setUint32(4, cpuType, true);
  return bytes;
}

function universal(...cpuTypes: number[]): Uint8Array {
  const bytes = new Uint8Array(8 + cpuTypes.length * 20);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, 0xcafebabe, false);
  view.setUint32(4, cpuTypes.length, false);
  cpuTypes.forEach((cpuType, index) => view.setUint32(8 + index * 20, cpuType, false));
  return bytes;
}

const cpu = { x64: 0x01000007, arm64: 0x0100000c };

describe('reading a compiled module’s format', () => {
  it.each([
    ['ELF x64', elf(0x3e), { format: 'elf', architectures: ['x64'] }],
    ['ELF arm64', elf(0xb7), { format: 'elf', architectures: ['arm64'] }],
    ['PE x64', pe(0x8664), { format: 'pe', architectures: ['x64'] }],
    ['PE arm64', pe(0xaa64), { format: 'pe', architectures: ['arm64'] }],
    ['Mach-O arm64', machO(cpu.arm64), { format: 'mach-o', architectures: ['arm64'] }],
    ['Mach-O x64', machO(cpu.x64), { format: 'mach-o', architectures: ['x64'] }],
    ['Mach-O universal', universal(cpu.x64, cpu.arm64), { format: 'mach-o', architectures: ['x64', 'arm64'] }],
  ])('reads %s', (_name, bytes, expected) => {
    expect(readBinaryFormat(bytes)).toEqual(expected);
  });

  it('calls anything else unknown, truncated headers included', () => {
    expect(readBinaryFormat(new TextEncoder().encode('not a module at all'))).toEqual({
      format: 'unknown',
      architectures: [],
    });
    expect(readBinaryFormat(new Uint8Array([0x7f, 0x45]))).toEqual({ format: 'unknown', architectures: [] });
    expect(readBinaryFormat(pe(0x8664).subarray(0, 0x40))).toEqual({ format: 'unknown', architectures: [] });
    // A Java class file starts 0xCAFEBABE too, followed by a version number, not a processor count.
    const javaClass = new Uint8Array([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x41]);
    expect(readBinaryFormat(javaClass).format).toBe('unknown');
  });

  it('reads the Node build of the addon this machine compiled as this system and processor', () => {
    const nodeBuild = join(
      createRequire(import.meta.url).resolve('better-sqlite3/package.json'),
      '..',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    const expectedFormat = { linux: 'elf', win32: 'pe', darwin: 'mach-o' }[process.platform as string];
    const found = readBinaryFormatOfFile(nodeBuild);
    expect(found.format).toBe(expectedFormat);
    expect(found.architectures).toContain(process.arch);
    expect(binaryFormatProblem(found, { platform: process.platform, arch: process.arch })).toBeNull();
  });
});

describe('does a module fit the system it is packaged for?', () => {
  it('accepts the matching system and processor', () => {
    expect(binaryFormatProblem(readBinaryFormat(elf(0x3e)), { platform: 'linux', arch: 'x64' })).toBeNull();
    expect(binaryFormatProblem(readBinaryFormat(pe(0x8664)), { platform: 'win32', arch: 'x64' })).toBeNull();
    expect(binaryFormatProblem(readBinaryFormat(machO(cpu.arm64)), { platform: 'darwin', arch: 'arm64' })).toBeNull();
    expect(
      binaryFormatProblem(readBinaryFormat(universal(cpu.x64, cpu.arm64)), { platform: 'darwin', arch: 'universal' }),
    ).toBeNull();
    expect(
      binaryFormatProblem(readBinaryFormat(universal(cpu.x64, cpu.arm64)), { platform: 'darwin', arch: 'x64' }),
    ).toBeNull();
  });

  it('refuses a Linux module in a Windows package, and says what it is', () => {
    expect(binaryFormatProblem(readBinaryFormat(elf(0x3e)), { platform: 'win32', arch: 'x64' })).toBe(
      'The SQLite module is built for Linux (x64), not for Windows (x64).',
    );
  });

  it('refuses the wrong processor on the right system', () => {
    expect(binaryFormatProblem(readBinaryFormat(machO(cpu.x64)), { platform: 'darwin', arch: 'arm64' })).toBe(
      'The SQLite module is built for macOS (x64), not for macOS (arm64).',
    );
    expect(binaryFormatProblem(readBinaryFormat(machO(cpu.arm64)), { platform: 'darwin', arch: 'universal' })).toMatch(
      /not for macOS \(x64 \+ arm64\)/,
    );
    expect(binaryFormatProblem(readBinaryFormat(pe(0x8664)), { platform: 'win32', arch: 'arm64' })).not.toBeNull();
  });
});

describe('checks on real files', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'waymark-native-'));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('names a missing module and one built for another system before anything loads it', () => {
    expect(checkNativeModule(join(folder, 'absent.node'))).toMatchObject({ kind: 'missing' });
    const foreign = join(folder, 'foreign.node');
    writeFileSync(foreign, process.platform === 'win32' ? elf(0x3e) : pe(0x8664));
    const problem = checkNativeModule(foreign);
    expect(problem).toMatchObject({ kind: 'wrong-system' });
    expect(problem?.detail).toContain('another kind of computer');
  });

  it('loads this machine’s Node build without complaint', () => {
    const nodeBuild = join(
      createRequire(import.meta.url).resolve('better-sqlite3/package.json'),
      '..',
      'build',
      'Release',
      'better_sqlite3.node',
    );
    expect(checkNativeModule(nodeBuild)).toBeNull();
  });

  it('stops packaging (electron-builder’s afterPack) when the module is for another system', async () => {
    const appOutDir = join(folder, 'win-unpacked');
    mkdirSync(join(appOutDir, 'resources', 'native'), { recursive: true });
    writeFileSync(join(appOutDir, 'resources', 'native', 'better_sqlite3.node'), elf(0x3e));
    const context = (electronPlatformName: string, arch: Arch) =>
      ({
        appOutDir,
        electronPlatformName,
        arch,
        packager: { getResourcesDir: (out: string) => join(out, 'resources') },
      }) as unknown as AfterPackContext;

    await expect(refuseForeignNativeModule(context('win32', Arch.x64))).rejects.toThrow(
      /Refusing to package: The SQLite module is built for Linux \(x64\), not for Windows \(x64\)\. Build each system/,
    );
    await expect(refuseForeignNativeModule(context('linux', Arch.arm64))).rejects.toThrow(/not for Linux \(arm64\)/);
    await expect(refuseForeignNativeModule(context('linux', Arch.x64))).resolves.toBeUndefined();

    rmSync(join(appOutDir, 'resources', 'native'), { recursive: true });
    await expect(refuseForeignNativeModule(context('linux', Arch.x64))).rejects.toThrow(/has no SQLite module/);
  });

  it('maps electron-builder’s processor names to Node’s', () => {
    expect([Arch.x64, Arch.arm64, Arch.ia32, Arch.armv7l, Arch.universal].map(nodeArchOf)).toEqual([
      'x64',
      'arm64',
      'ia32',
      'arm',
      'universal',
    ]);
  });
});

describe('a release build', () => {
  it('refuses a macOS release without notarisation credentials, from any of the three kinds', () => {
    expect(releaseSigningProblems('darwin', {})).toHaveLength(1);
    expect(
      releaseSigningProblems('darwin', { APPLE_ID: 'release@waymark.invalid', APPLE_APP_SPECIFIC_PASSWORD: 'x' }),
    ).toHaveLength(1);
    expect(
      releaseSigningProblems('darwin', {
        APPLE_ID: 'release@waymark.invalid',
        APPLE_APP_SPECIFIC_PASSWORD: 'x',
        APPLE_TEAM_ID: 'T',
      }),
    ).toEqual([]);
    expect(
      releaseSigningProblems('darwin', {
        APPLE_API_KEY: '/keys/AuthKey.p8',
        APPLE_API_KEY_ID: 'K',
        APPLE_API_ISSUER: 'I',
      }),
    ).toEqual([]);
    expect(releaseSigningProblems('darwin', { APPLE_KEYCHAIN_PROFILE: 'waymark-notary' })).toEqual([]);
  });

  it('leaves Windows signing to electron-builder’s forceCodeSigning, and Linux packages unsigned', () => {
    expect(releaseSigningProblems('win32', {})).toEqual([]);
    expect(releaseSigningProblems('linux', {})).toEqual([]);
  });
});
