// Run in a child process by sync-door.test.ts: loads main as the app's window
// process does, then a sync, and says after each whether Automerge's
// WebAssembly had been read (Automerge's Node build reads it as it loads).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const wasmReads: string[] = [];
const readFileSync = fs.readFileSync;
// Automerge's loader is CommonJS, and a CommonJS require of node:fs shares this object.
createRequire(import.meta.url)('node:fs').readFileSync = function (
  this: unknown,
  ...args: Parameters<typeof readFileSync>
) {
  if (String(args[0]).endsWith('automerge_wasm_bg.wasm')) wasmReads.push(String(args[0]));
  return readFileSync.apply(this, args);
} as typeof readFileSync;

const { createWaymark } = await import('../../main/api/waymark');
createWaymark({ directory: join(process.argv[2] ?? '.', 'vault') });
const afterStart = wasmReads.length > 0;
const { syncWithFolder } = await import('../../main/services/sync');
await syncWithFolder({ syncKey: Buffer.alloc(32) } as never, join(process.argv[2] ?? '.', 'no-such-folder')).catch(
  () => undefined,
);
process.stdout.write(JSON.stringify({ afterStart, afterSync: wasmReads.length > 0 }));
