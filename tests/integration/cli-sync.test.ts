// `waymark sync` as a script runs it: one sync with the folder given, printing
// { sent, received, conflicts, skipped } as one JSON document and exiting 0; a
// folder that is not there is a plain message and exit 1, and changes nothing.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVault } from '../../main/vault';
import { runWaymark } from '../support/cli';
import { aClient, aSchool } from '../support/factories';
import { makeTempDirectory, removeDirectory, strongPassphrase, testKdf } from '../support/vault-fixture';

const parent = makeTempDirectory('waymark-cli-sync-');
const laptop = join(parent, 'laptop');
const desktop = join(parent, 'desktop');
const folder = join(parent, 'shared');

beforeAll(async () => {
  mkdirSync(folder);
  const vault = createVault({ directory: laptop, kdf: testKdf });
  await vault.create(strongPassphrase, strongPassphrase);
  const open = vault.database();
  const schoolId = aSchool(open);
  aClient(open, { organisationId: schoolId, forename: 'Siân', surname: "O'Neill" });
  aClient(open, { organisationId: schoolId, forename: 'مريم', surname: 'Hussain' });
  vault.lock();
});
afterAll(() => removeDirectory(parent));

it('syncs once with the folder given and prints exactly { sent, received, conflicts, skipped }', async () => {
  const first = await runWaymark(['sync', '--vault', laptop, '--folder', folder, '--json']);
  expect(first.status, first.stderr).toBe(0);
  const report = JSON.parse(first.stdout) as Record<string, unknown>;
  expect(Object.keys(report)).toEqual(['sent', 'received', 'conflicts', 'skipped']);
  // The practice and two case files.
  expect(report).toEqual({ sent: 3, received: 0, conflicts: 0, skipped: [] });
  expect(readdirSync(join(folder, 'waymark-sync'))).toEqual(expect.arrayContaining(['chunks', 'keys']));
  expect(first.stderr).toContain('sent 3 records');

  // A second computer set up from a copy of the vault made after that sync has nothing to send or receive.
  cpSync(laptop, desktop, { recursive: true });
  const second = await runWaymark(['sync', '--vault', desktop, '--folder', folder, '--json']);
  expect(second.status, second.stderr).toBe(0);
  expect(JSON.parse(second.stdout)).toEqual({ sent: 0, received: 0, conflicts: 0, skipped: [] });
});

it('says plainly when the folder is not there, exits 1 and changes nothing', async () => {
  const run = await runWaymark(['sync', '--vault', laptop, '--folder', join(parent, 'usb-stick'), '--json']);
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(run.stderr).toMatch(/The sync folder .*usb-stick is not there/);
  expect(run.stderr).not.toMatch(/Siân|O'Neill/);
});

it('needs the folder: leaving it out is a usage error', async () => {
  const run = await runWaymark(['sync', '--vault', laptop]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('--folder');
});
