// Choosing the backup folder: a folder that is not there is named as such and,
// when the adviser asks, made; but only its last part, so backups never land
// on this computer's own disk because the USB stick was not plugged in.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Waymark } from '../../main/api/waymark';
import { makeTempDirectory, makeWaymark, removeDirectory, strongPassphrase } from '../support/vault-fixture';

let workspace: string;
let waymark: Waymark;

beforeEach(async () => {
  workspace = makeTempDirectory('waymark-backup-folder-');
  ({ waymark } = makeWaymark({ directory: join(workspace, 'vault') }));
  expect(
    await waymark.dispatch('vault.create', { passphrase: strongPassphrase, confirmation: strongPassphrase }),
  ).toMatchObject({ ok: true });
});
afterEach(() => {
  waymark.close();
  removeDirectory(workspace);
});

describe('choosing the backup folder', () => {
  it('says a missing folder is not there and saves nothing, then makes it when asked and backs up into it', async () => {
    const folder = join(workspace, 'usb', 'Waymark backups');
    mkdirSync(join(workspace, 'usb'));

    const refused = await waymark.dispatch('backups.configure', { folder, intervalHours: 4 });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/That backup folder is not there/) },
    });
    expect(existsSync(folder)).toBe(false);
    expect(await waymark.dispatch('backups.status', {})).toMatchObject({ ok: true, value: { folder: null } });

    expect(
      await waymark.dispatch('backups.configure', { folder, intervalHours: 4, isCreatingFolder: true }),
    ).toMatchObject({ ok: true, value: { folder } });
    expect(statSync(folder).isDirectory()).toBe(true);
    if (process.platform !== 'win32') expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(await waymark.dispatch('backups.runNow', {})).toMatchObject({ ok: true });
  });

  it('refuses to make a whole path whose drive is not there, naming the missing part', async () => {
    const unplugged = join(workspace, 'Volumes', 'USB');
    const folder = join(unplugged, 'Waymark');
    const refused = await waymark.dispatch('backups.configure', { folder, intervalHours: 4, isCreatingFolder: true });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: `The folder it would go in (${unplugged}) is not there either. Check the USB stick or drive is connected.`,
      },
    });
    expect(existsSync(join(workspace, 'Volumes'))).toBe(false);
  });

  it('keeps a folder that is already there as it is', async () => {
    const folder = join(workspace, 'backups');
    mkdirSync(folder);
    expect(
      await waymark.dispatch('backups.configure', { folder, intervalHours: 8, isCreatingFolder: true }),
    ).toMatchObject({ ok: true, value: { folder, intervalHours: 8 } });
  });

  it('answers in the preview that no folder window is available, so the path is typed', async () => {
    expect(await waymark.dispatch('files.chooseFolder', { purpose: 'backups' })).toEqual({
      ok: true,
      value: { isAvailable: false, folder: null },
    });
  });
});
