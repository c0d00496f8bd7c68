// Waymark's icon for every system, drawn once in main/electron/icon.svg and
// rendered at build time: PNGs for Linux and the window, ICNS for macOS, ICO
// for Windows (resvg renders the SVG; png2icons packs the icon files).
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import png2icons from 'png2icons';

/** The sizes a Linux desktop looks for, named as electron-builder expects in an icon folder. */
export const linuxIconSizes = [16, 24, 32, 48, 64, 128, 256, 512] as const;

export type IconFiles = { png: string; icns: string; ico: string; linuxFolder: string };

export function iconFilesIn(folder: string): IconFiles {
  return {
    png: join(folder, 'icon.png'),
    icns: join(folder, 'icon.icns'),
    ico: join(folder, 'icon.ico'),
    linuxFolder: join(folder, 'linux'),
  };
}

function render(svg: Buffer, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

/** Writes every icon file into `folder` from the SVG at `source`. */
export function buildIcons(source: string, folder: string): IconFiles {
  const svg = readFileSync(source);
  const files = iconFilesIn(folder);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(files.linuxFolder, { recursive: true });

  const large = render(svg, 1024);
  writeFileSync(files.png, large);
  // Each Linux size is drawn from the SVG itself, sharper than scaling the large PNG down.
  for (const size of linuxIconSizes) writeFileSync(join(files.linuxFolder, `${size}x${size}.png`), render(svg, size));

  const icns = png2icons.createICNS(large, png2icons.BICUBIC, 0);
  // forWinExe: PNG entries from 64 px up, bitmaps below, as Windows Explorer wants for an .exe.
  const ico = png2icons.createICO(large, png2icons.BICUBIC, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not make the macOS or Windows icon from the rendered PNG.');
  writeFileSync(files.icns, icns);
  writeFileSync(files.ico, ico);
  return files;
}
