// Two saves side by side into an empty shared folder, as a first sync makes
// them: one finds no key and looks for `waymark-sync/` just before the other
// makes it, and hears back just after. That is an empty store being filled,
// not a folder gone. (Seen on a loaded machine: the second save was refused
// with "the sync folder is no longer there".) The look is slowed here, so the
// two always cross as they did there.
import { mkdtempSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { FolderStore } from '../../main/services/sync/folder-store';
import { removeDirectory } from '../support/vault-fixture';

const slowLookMs = 150;

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    // What the folder held when asked, told a little later.
    stat: (async (path, options) => {
      const answer = fs.stat(path, options).then(
        (found) => ({ found }),
        (error: unknown) => ({ error }),
      );
      const told = await answer;
      if (String(path).endsWith(`${sep}waymark-sync`)) await new Promise((wait) => setTimeout(wait, slowLookMs));
      if ('error' in told) throw told.error;
      return told.found;
    }) as typeof fs.stat,
  };
});

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) removeDirectory(folder);
});

it('takes a folder being made by the save beside it for an empty store, not for a folder gone', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'waymark-sync-race-'));
  folders.push(folder);
  const skipped: string[] = [];
  const store = new FolderStore({ folder, syncKey: new Uint8Array(32).fill(7), onSkip: (file) => skipped.push(file) });
  const first = 'a'.repeat(32);
  const second = 'b'.repeat(32);
  const ahead = store.save([first, 'snapshot', 'x'], new TextEncoder().encode('first'));
  // The second looks for waymark-sync/ while the first is on its way to making it.
  await new Promise((wait) => setTimeout(wait, slowLookMs - 20));
  const behind = store.save([second, 'snapshot', 'x'], new TextEncoder().encode('second'));
  await expect(Promise.all([ahead, behind])).resolves.toEqual([undefined, undefined]);
  expect(new TextDecoder().decode(await store.load([second, 'snapshot', 'x']))).toBe('second');
  expect(skipped).toEqual([]);
});
