// Pictures in documents: Word and LibreOffice show a PNG everywhere, SVG only in newer
// versions, so charts and easy-read icons (drawn as SVG) are rendered to PNG here.
//
// resvg's WebAssembly build is used rather than its native addon: the packaged app ships
// no node_modules (electron-builder.yml), and WebAssembly runs the same in Node's tests,
// the CLI and Electron on every system. WebAssembly sees no system fonts, so the text in
// a picture is set in Atkinson Hyperlegible (made for low-vision readers, OFL), shipped
// beside the bundle by main/tools/build-electron.ts.
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** The family name SVG text must use (font-family) to be drawn in the shipped font. */
export const pictureFontFamily = 'Atkinson Hyperlegible';

/** Files the renderer needs: where they sit in node_modules, and their name beside the bundle. */
export const pictureAssets = [
  { module: '@resvg/resvg-wasm/index_bg.wasm', file: 'resvg.wasm' },
  {
    module: '@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf',
    file: 'picture-font-regular.ttf',
  },
  {
    module: '@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf',
    file: 'picture-font-bold.ttf',
  },
] as const;

type PictureAssetFile = (typeof pictureAssets)[number]['file'];

/** Beside the Electron bundle (dist/electron/pictures/) when packaged; from node_modules otherwise. */
function readAsset(file: PictureAssetFile): Uint8Array {
  const asset = pictureAssets.find((candidate) => candidate.file === file)!;
  const besideBundle = fileURLToPath(new URL(`./pictures/${asset.file}`, import.meta.url));
  if (existsSync(besideBundle)) return readFileSync(besideBundle);
  return readFileSync(createRequire(import.meta.url).resolve(asset.module));
}

let ready: Promise<Uint8Array[]> | undefined;

/** Loads the WebAssembly once per process (initWasm refuses a second call) and the fonts with it. */
function prepare(): Promise<Uint8Array[]> {
  ready ??= initWasm(readAsset('resvg.wasm')).then(() => [
    readAsset('picture-font-regular.ttf'),
    readAsset('picture-font-bold.ttf'),
  ]);
  return ready;
}

/**
 * Renders an SVG document to PNG bytes at the given pixel width (the height follows the
 * picture's own proportions). A white background, because a document may be printed or
 * read on a tinted page where a transparent chart's light lines would vanish.
 */
export async function svgToPng(
  svg: string,
  options: { widthInPixels: number; background?: string },
): Promise<Uint8Array> {
  const fontBuffers = await prepare();
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: options.widthInPixels },
    background: options.background ?? '#ffffff',
    font: { fontBuffers, defaultFontFamily: pictureFontFamily, sansSerifFamily: pictureFontFamily },
  }).render();
  return rendered.asPng();
}
