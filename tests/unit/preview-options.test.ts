// `npm run preview -- --help` prints the usage; an unknown option says so in
// one line and the usage, never a stack trace.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { previewUsage, readPreviewCommand } from '../../main/harness/options';

describe('the preview command line', () => {
  it('answers --help and -h with the usage, whatever else is given', () => {
    expect(readPreviewCommand(['--open', '--offer-demo', '--help'])).toEqual({ kind: 'help', text: previewUsage });
    expect(readPreviewCommand(['-h'])).toEqual({ kind: 'help', text: previewUsage });
    expect(previewUsage).toContain('--vault DIR');
  });

  it('reads the options the scripts and tests pass', () => {
    expect(readPreviewCommand(['--vault', '/tmp/v', '--fast-kdf', '--auto-lock-seconds', '5', '--offer-demo'])).toEqual(
      {
        kind: 'run',
        options: {
          vault: '/tmp/v',
          port: 0,
          isOpeningBrowser: false,
          autoLockSeconds: 5,
          isDemoOffered: true,
          isFastKdf: true,
        },
      },
    );
  });

  it('refuses unknown options and bad numbers in plain words', () => {
    const unknown = readPreviewCommand(['--colour']);
    expect(unknown.kind).toBe('usage-error');
    expect(unknown.kind === 'usage-error' && unknown.message.split('\n')[0]).toBe("Unknown option '--colour'.");
    const port = readPreviewCommand(['--port', 'eighty']);
    expect(port.kind === 'usage-error' && port.message.split('\n')[0]).toBe(
      '--port needs a whole number from 0 to 65535.',
    );
  });

  it('prints the usage and exits 0 when run with --help, as npm run preview passes it', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/harness/cli.ts', '--open', '--offer-demo', '--help'],
      { encoding: 'utf8', timeout: 55_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(previewUsage);
    expect(run.stderr).not.toMatch(/at .+\(.+:\d+:\d+\)/);
  }, 60_000);
});
