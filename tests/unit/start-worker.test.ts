// Workers are found beside the bundle in the Electron build, and started from
// their TypeScript source through tsx everywhere else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerLocation } from '../../main/workers/start-worker';

const source = pathToFileURL(join(process.cwd(), 'main', 'vault', 'damage-check-worker.ts'));

describe('where a worker is started from', () => {
  it('is the bundled worker beside main.cjs, packaged or not', () => {
    const bundle = pathToFileURL('/Applications/Waymark.app/Contents/Resources/app.asar/dist/electron/main.cjs').href;
    expect(fileURLToPath(workerLocation(bundle, source, 'damage-check-worker.cjs'))).toBe(
      '/Applications/Waymark.app/Contents/Resources/app.asar/dist/electron/damage-check-worker.cjs',
    );
  });

  it('is a module that registers tsx and then loads the TypeScript source, which exists', () => {
    const module = pathToFileURL(join(process.cwd(), 'main', 'workers', 'start-worker.ts')).href;
    const location = workerLocation(module, source, 'damage-check-worker.cjs');
    expect(location.protocol).toBe('data:');
    const code = decodeURIComponent(location.href.slice('data:text/javascript,'.length));
    expect(code).toContain('register()');
    expect(code).toContain(JSON.stringify(source.href));
    expect(existsSync(fileURLToPath(source))).toBe(true);
  });
});
