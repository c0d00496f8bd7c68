// Where Automerge's WebAssembly is: its Node build reads the file from beside
// its own script, so a bundle of it needs a copy beside the bundle.
import { dirname, join } from 'node:path';

export function automergeWasm(fromProject: NodeRequire): string {
  return join(dirname(fromProject.resolve('@automerge/automerge')), 'automerge_wasm_bg.wasm');
}
