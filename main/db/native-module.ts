// The SQLite addon is machine code for one system, one processor and one
// runtime (Node or Electron). A wrong one would otherwise surface only at the
// first unlock, as a baffling error; these checks name it for what it is, when
// packaging (main/tools/native-check.ts) and when the app starts.
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';

export type BinaryFormat = { format: 'elf' | 'pe' | 'mach-o' | 'unknown'; architectures: string[] };
/** A system and processor in Node's names: process.platform and process.arch. */
export type Target = { platform: string; arch: string };

const elfMachines: Record<number, string> = {
  0x03: 'ia32',
  0x28: 'arm',
  0x3e: 'x64',
  0xb7: 'arm64',
  0xf3: 'riscv64',
  0x15: 'ppc64',
  0x16: 's390x',
  0x102: 'loong64',
};
const peMachines: Record<number, string> = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64', 0x01c4: 'arm' };
const machoCpuTypes: Record<number, string> = {
  0x00000007: 'ia32',
  0x01000007: 'x64',
  0x0000000c: 'arm',
  0x0100000c: 'arm64',
};
const systemNames: Record<string, string> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS', mas: 'macOS' };
const formatOfSystem: Record<string, BinaryFormat['format']> = {
  linux: 'elf',
  win32: 'pe',
  darwin: 'mach-o',
  mas: 'mach-o',
};
const systemOfFormat: Record<BinaryFormat['format'], string> = {
  elf: 'Linux',
  pe: 'Windows',
  'mach-o': 'macOS',
  unknown: 'no system Waymark knows',
};

/** Reads the format and processor(s) from the first bytes of a compiled module (64 KiB is plenty). */
export function readBinaryFormat(bytes: Uint8Array): BinaryFormat {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (offset: number, length: number) => offset >= 0 && offset + length <= bytes.byteLength;
  const unknown: BinaryFormat = { format: 'unknown', architectures: [] };
  if (!has(0, 4)) return unknown;

  // ELF: 0x7F "ELF", byte 5 the byte order, e_machine at 18.
  if (view.getUint32(0, false) === 0x7f454c46 && has(18, 2)) {
    const isLittleEndian = bytes[5] === 1;
    const machine = view.getUint16(18, isLittleEndian);
    return { format: 'elf', architectures: [elfMachines[machine] ?? `unknown (0x${machine.toString(16)})`] };
  }
  // PE: "MZ", the offset of "PE\0\0" at 0x3C, the COFF machine right after it.
  if (bytes[0] === 0x4d && bytes[1] === 0x5a && has(0x3c, 4)) {
    const peOffset = view.getUint32(0x3c, true);
    if (!has(peOffset, 6) || view.getUint32(peOffset, false) !== 0x50450000) return unknown;
    const machine = view.getUint16(peOffset + 4, true);
    return { format: 'pe', architectures: [peMachines[machine] ?? `unknown (0x${machine.toString(16)})`] };
  }
  // Mach-O, one processor: magic 0xFEEDFACE/0xFEEDFACF stored little-endian, cputype after it.
  const littleMagic = view.getUint32(0, true);
  if ((littleMagic === 0xfeedface || littleMagic === 0xfeedfacf) && has(4, 4)) {
    return { format: 'mach-o', architectures: [machoCpuName(view.getUint32(4, true))] };
  }
  // Mach-O universal: big-endian 0xCAFEBABE (or 0xCAFEBABF with 64-bit entries), then one entry per processor.
  const bigMagic = view.getUint32(0, false);
  if ((bigMagic === 0xcafebabe || bigMagic === 0xcafebabf) && has(4, 4)) {
    const count = view.getUint32(4, false);
    const entrySize = bigMagic === 0xcafebabe ? 20 : 32;
    // Java class files share the magic; they carry a version number here, far above any processor count.
    if (count === 0 || count > 16 || !has(8, count * entrySize)) return unknown;
    const architectures = Array.from({ length: count }, (_, index) =>
      machoCpuName(view.getUint32(8 + index * entrySize, false)),
    );
    return { format: 'mach-o', architectures };
  }
  return unknown;
}

function machoCpuName(cpuType: number): string {
  return machoCpuTypes[cpuType] ?? `unknown (0x${cpuType.toString(16)})`;
}

export function readBinaryFormatOfFile(file: string): BinaryFormat {
  const descriptor = openSync(file, 'r');
  try {
    const bytes = new Uint8Array(64 * 1024);
    const length = readSync(descriptor, bytes, 0, bytes.byteLength, 0);
    return readBinaryFormat(bytes.subarray(0, length));
  } finally {
    closeSync(descriptor);
  }
}

export function describeFormat({ format, architectures }: BinaryFormat): string {
  return format === 'unknown' ? 'no system Waymark knows' : `${systemOfFormat[format]} (${architectures.join(' + ')})`;
}

/** The processors a target needs in the module: both for a universal macOS build. */
function architecturesNeeded(target: Target): string[] {
  return target.arch === 'universal' ? ['x64', 'arm64'] : [target.arch];
}

/** Null when the module runs on the target; otherwise a sentence saying what it was built for instead. */
export function binaryFormatProblem(found: BinaryFormat, target: Target): string | null {
  const wantedFormat = formatOfSystem[target.platform];
  const system = `${systemNames[target.platform] ?? target.platform} (${architecturesNeeded(target).join(' + ')})`;
  if (!wantedFormat) return `Waymark does not know how to check a module for ${target.platform}.`;
  const missing = architecturesNeeded(target).filter((arch) => !found.architectures.includes(arch));
  if (found.format === wantedFormat && missing.length === 0) return null;
  return `The SQLite module is built for ${describeFormat(found)}, not for ${system}.`;
}

export type NativeModuleProblem = {
  kind: 'missing' | 'wrong-system' | 'wrong-runtime' | 'unloadable';
  /** One or two sentences for the adviser or the person packaging. */
  detail: string;
};

/**
 * Checks the addon at `file` before anything depends on it: present, built for
 * this system and processor, and loadable by this runtime. Null when it is fine.
 */
export function checkNativeModule(
  file: string,
  target: Target = { platform: process.platform, arch: process.arch },
): NativeModuleProblem | null {
  if (!existsSync(file))
    return { kind: 'missing', detail: `Waymark’s database module is missing (it should be at ${file}).` };
  let formatProblem: string | null;
  try {
    formatProblem = binaryFormatProblem(readBinaryFormatOfFile(file), target);
  } catch {
    return { kind: 'unloadable', detail: `Waymark’s database module (${file}) could not be read.` };
  }
  if (formatProblem)
    return { kind: 'wrong-system', detail: `${formatProblem} Waymark was packaged for another kind of computer.` };
  try {
    new Database(':memory:', { nativeBinding: file }).close();
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/NODE_MODULE_VERSION/.test(message)) {
      return {
        kind: 'wrong-runtime',
        detail:
          'Waymark’s database module was built for a different version of Node or Electron than the one running it.',
      };
    }
    return { kind: 'unloadable', detail: `Waymark’s database module could not be loaded (${message.split('\n')[0]}).` };
  }
}
