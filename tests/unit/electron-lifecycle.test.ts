// The shell's life beyond the window: quitting (the backup in a worker, then
// the lock, also when the system ends the session), the menu, spellcheck
// without downloads, the dialog for a failed start, and the log file.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLogFile } from '../../main/electron/log-file';
import { menuTemplate, type MenuItemTemplate } from '../../main/electron/menu';
import { createQuitControl, type Preventable } from '../../main/electron/quit';
import { isSpellcheckOnDevice, keepSpellcheckOffline } from '../../main/electron/spellcheck';
import { describeStartFailure, NativeModuleError } from '../../main/electron/start-failure';

// ---- quitting ------------------------------------------------------------------

type Listener = (event: Preventable) => void;

function makeEmitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on: (event: string, listener: Listener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    /** Fires the event; true when a listener prevented it. */
    fire(event: string): boolean {
      let isPrevented = false;
      for (const listener of listeners.get(event) ?? []) listener({ preventDefault: () => (isPrevented = true) });
      return isPrevented;
    },
  };
}

function makeQuitWorld({ hasVault = true } = {}) {
  const app = { ...makeEmitter(), quit: vi.fn() };
  const window = { ...makeEmitter(), setProgressBar: vi.fn(), isDestroyed: vi.fn(() => false) };
  const monitor = makeEmitter();
  let finishBackup: () => void = () => undefined;
  const waymark = {
    backUpBeforeClosing: vi.fn(() => new Promise<void>((resolve) => (finishBackup = resolve))),
    closeAfterRunningBackups: vi.fn(),
  };
  let closeNow: () => void = () => undefined;
  const progress = {
    show: vi.fn((_window: unknown, onCloseNow: () => void) => {
      closeNow = onCloseNow;
    }),
    hide: vi.fn(),
  };
  let clock = 1_000_000;
  const control = createQuitControl({
    app,
    waymark: () => (hasVault ? waymark : null),
    progress,
    now: () => clock,
    progressDelayMs: 400,
    sessionEndBudgetMs: 4_000,
  });
  control.watchWindow(window);
  control.watchShutdown(monitor);
  return {
    app,
    window,
    monitor,
    waymark,
    progress,
    control,
    finishBackup: () => finishBackup(),
    closeNow: () => closeNow(),
    advance: async (ms: number) => {
      clock += ms;
      await vi.advanceTimersByTimeAsync(ms);
    },
  };
}

describe('quitting', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the quit while the backup runs in a worker, shows progress after a moment, then locks and quits', async () => {
    const world = makeQuitWorld();
    expect(world.app.fire('before-quit')).toBe(true);
    expect(world.waymark.backUpBeforeClosing).toHaveBeenCalledTimes(1);
    expect(world.control.state()).toBe('closing');

    // Every further attempt (the window's close button, another Cmd+Q) waits for the same backup.
    expect(world.window.fire('close')).toBe(true);
    expect(world.waymark.backUpBeforeClosing).toHaveBeenCalledTimes(1);

    await world.advance(399);
    expect(world.progress.show).not.toHaveBeenCalled();
    await world.advance(1);
    expect(world.progress.show).toHaveBeenCalledTimes(1);
    expect(world.window.setProgressBar).toHaveBeenCalledWith(2);
    expect(world.waymark.closeAfterRunningBackups).not.toHaveBeenCalled();

    world.finishBackup();
    await world.advance(0);
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(0);
    expect(world.progress.hide).toHaveBeenCalled();
    expect(world.app.quit).toHaveBeenCalledTimes(1);

    // The real quit then goes through untouched.
    expect(world.app.fire('before-quit')).toBe(false);
    expect(world.window.fire('close')).toBe(false);
    world.app.fire('will-quit');
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledTimes(1);
  });

  it('shows no notice when the backup is quick', async () => {
    const world = makeQuitWorld();
    world.window.fire('close');
    world.finishBackup();
    await world.advance(1_000);
    expect(world.progress.show).not.toHaveBeenCalled();
    expect(world.app.quit).toHaveBeenCalledTimes(1);
  });

  it('closes at once, locking the vault, when the adviser chooses not to wait', async () => {
    const world = makeQuitWorld();
    world.window.fire('close');
    await world.advance(400);
    world.closeNow();
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(0);
    expect(world.app.quit).toHaveBeenCalledTimes(1);
    // The backup ending later changes nothing.
    world.finishBackup();
    await world.advance(0);
    expect(world.app.quit).toHaveBeenCalledTimes(1);
  });

  it('on Windows, starts the backup when asked whether the session may end, and locks within the budget when it ends', async () => {
    const world = makeQuitWorld();
    expect(world.window.fire('query-session-end')).toBe(false); // the adviser's choice to log off is respected
    expect(world.waymark.backUpBeforeClosing).toHaveBeenCalledTimes(1);
    expect(world.waymark.closeAfterRunningBackups).not.toHaveBeenCalled();

    await world.advance(1_000);
    world.window.fire('session-end');
    // Waits for the running backup for what is left of the system's few seconds, then locks.
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(3_000);
    expect(world.control.state()).toBe('closed');
  });

  it('forgets a session end that did not happen, so a later quit backs up again', async () => {
    const world = makeQuitWorld();
    world.window.fire('query-session-end');
    world.finishBackup();
    await world.advance(10_000);
    expect(world.window.fire('close')).toBe(true);
    expect(world.waymark.backUpBeforeClosing).toHaveBeenCalledTimes(2);
  });

  it('on Linux and macOS, delays a shutdown for the backup, within the budget', async () => {
    const world = makeQuitWorld();
    expect(world.monitor.fire('shutdown')).toBe(true);
    expect(world.waymark.backUpBeforeClosing).toHaveBeenCalledTimes(1);

    // macOS then asks the app to quit: refusing would cancel the shutdown, so it locks and lets go.
    await world.advance(1_500);
    expect(world.app.fire('before-quit')).toBe(false);
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(2_500);
  });

  it('gives up waiting when the shutdown budget runs out', async () => {
    const world = makeQuitWorld();
    world.monitor.fire('shutdown');
    await world.advance(3_999);
    expect(world.app.quit).not.toHaveBeenCalled();
    await world.advance(1);
    expect(world.waymark.closeAfterRunningBackups).toHaveBeenCalledExactlyOnceWith(0);
    expect(world.app.quit).toHaveBeenCalledTimes(1);
  });

  it('holds nothing back when no vault was ever opened (a start that failed)', () => {
    const world = makeQuitWorld({ hasVault: false });
    expect(world.app.fire('before-quit')).toBe(false);
    expect(world.monitor.fire('shutdown')).toBe(false);
    expect(world.waymark.backUpBeforeClosing).not.toHaveBeenCalled();
  });
});

// ---- menu ------------------------------------------------------------------------

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => ('submenu' in item ? [item, ...flatten(item.submenu)] : [item]));
}
const roles = (items: MenuItemTemplate[]) =>
  flatten(items).flatMap((item) => ('role' in item && item.role ? [item.role] : []));
const labels = (items: MenuItemTemplate[]) => items.flatMap((item) => ('label' in item ? [item.label] : []));

describe('the menu', () => {
  const options = { appName: 'Waymark', showAbout: vi.fn(), openLogFolder: vi.fn() };

  it.each(['win32', 'linux', 'darwin'] as const)(
    'on %s has Edit, View and Help, and no developer tools when packaged',
    (platform) => {
      const menu = menuTemplate({ ...options, platform, isDevelopment: false });
      expect(labels(menu)).toEqual(expect.arrayContaining(['Edit', 'View', 'Help']));
      expect(roles(menu)).toEqual(
        expect.arrayContaining(['cut', 'copy', 'paste', 'undo', 'redo', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']),
      );
      expect(roles(menu)).not.toContain('toggleDevTools');
      expect(roles(menu)).not.toContain('reload');
      expect(roles(menu)).not.toContain('forceReload');
    },
  );

  it('offers the developer tools in development only', () => {
    expect(roles(menuTemplate({ ...options, platform: 'linux', isDevelopment: true }))).toContain('toggleDevTools');
  });

  it('has About and the log folder under Help, and they do what they say', () => {
    const showAbout = vi.fn();
    const openLogFolder = vi.fn();
    const help = menuTemplate({ ...options, showAbout, openLogFolder, platform: 'win32', isDevelopment: false }).find(
      (item) => 'label' in item && item.label === 'Help',
    );
    const items = help && 'submenu' in help ? help.submenu : [];
    expect(labels(items)).toEqual(['About Waymark', 'Open the log folder']);
    for (const item of items) if ('click' in item) item.click();
    expect(showAbout).toHaveBeenCalledTimes(1);
    expect(openLogFolder).toHaveBeenCalledTimes(1);
  });

  it('puts the app menu first on macOS only', () => {
    expect(labels(menuTemplate({ ...options, platform: 'darwin', isDevelopment: false }))[0]).toBe('Waymark');
    expect(labels(menuTemplate({ ...options, platform: 'win32', isDevelopment: false }))[0]).toBe('File');
  });
});

// ---- network: nothing downloaded by the shell's settings -------------------------

describe('spellcheck sends nothing anywhere', () => {
  it('is on only on macOS, which uses the system’s own dictionaries', () => {
    expect(isSpellcheckOnDevice('darwin')).toBe(true);
    expect(isSpellcheckOnDevice('win32')).toBe(false);
    expect(isSpellcheckOnDevice('linux')).toBe(false);
  });

  it('switches the session’s spellchecker off where it would download Hunspell dictionaries', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const session = { setSpellCheckerEnabled: vi.fn() };
      keepSpellcheckOffline(session, platform);
      expect(session.setSpellCheckerEnabled, platform).toHaveBeenCalledExactlyOnceWith(false);
    }
    const macSession = { setSpellCheckerEnabled: vi.fn() };
    keepSpellcheckOffline(macSession, 'darwin');
    expect(macSession.setSpellCheckerEnabled).not.toHaveBeenCalled();
  });
});

// ---- a failed start -----------------------------------------------------------

describe('a failed start', () => {
  it('names a wrong database module and says what to do and where the log is', () => {
    const error = new NativeModuleError({
      kind: 'wrong-runtime',
      detail:
        'Waymark’s database module was built for a different version of Node or Electron than the one running it.',
    });
    const notice = describeStartFailure(error, '/home/a/.config/Waymark/logs/waymark.log');
    expect(notice.title).toBe('Waymark cannot open its database module');
    expect(notice.message).toContain('different version of Node or Electron');
    expect(notice.message).toContain('Reinstall Waymark');
    expect(notice.message).toContain('/home/a/.config/Waymark/logs/waymark.log');
    expect(notice.message).not.toMatch(/unlock|passphrase/i);
  });

  it('says something plain about any other failure, without its technical text', () => {
    const notice = describeStartFailure(
      new Error('EACCES: permission denied, open /secret/path'),
      'C:\\Users\\a\\AppData\\Roaming\\Waymark\\logs\\waymark.log',
    );
    expect(notice.title).toBe('Waymark could not start');
    expect(notice.message).toContain('Start Waymark again');
    expect(notice.message).toContain('waymark.log');
    expect(notice.message).not.toContain('EACCES');
  });
});

describe('the log file', () => {
  it('appends lines, and starts afresh beside the old one once it grows large', () => {
    const folder = mkdtempSync(join(tmpdir(), 'waymark-log-'));
    try {
      const log = openLogFile(join(folder, 'logs'));
      log.write('one\n');
      log.write('two\n');
      expect(readFileSync(log.file, 'utf8')).toBe('one\ntwo\n');
      if (process.platform !== 'win32') expect(statSync(log.file).mode & 0o777).toBe(0o600);

      writeFileSync(log.file, 'x'.repeat(1_000_001));
      const reopened = openLogFile(join(folder, 'logs'));
      reopened.write('three\n');
      expect(readFileSync(reopened.file, 'utf8')).toBe('three\n');
      expect(statSync(join(folder, 'logs', 'waymark.old.log')).size).toBe(1_000_001);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('never stops the app when the folder cannot be written', () => {
    const folder = mkdtempSync(join(tmpdir(), 'waymark-log-'));
    try {
      writeFileSync(join(folder, 'not-a-folder'), '');
      const log = openLogFile(join(folder, 'not-a-folder', 'logs'));
      expect(() => log.write('line\n')).not.toThrow();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
