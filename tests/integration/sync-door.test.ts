// Automerge costs the process that loads it about 16 MB and 0.2 s. In the app
// each sync runs in a worker thread, so the window's process must not load it
// just by starting: main/services/sync/index.ts loads it when a sync (or a
// choice between two computers' values) needs it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { makeTempDirectory } from '../support/vault-fixture';

describe('the sync door', () => {
  it('loads Automerge for a sync, not when main starts', () => {
    const probe = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'tests/support/automerge-load-probe.ts', makeTempDirectory()],
      { encoding: 'utf8' },
    );
    expect(probe.stderr).toBe('');
    expect(JSON.parse(probe.stdout)).toEqual({ afterStart: false, afterSync: true });
  });
});
