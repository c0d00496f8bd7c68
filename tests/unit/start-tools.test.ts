// `npm start` on every system: how commands are started (Windows splits paths
// with spaces when a shell is used), what the first Electron download says,
// and the advice for Ubuntu's user-namespace restriction.
import { describe, expect, it } from 'vitest';
import { directCommand, npmCommand, quoteForCmd } from '../../main/tools/commands';
import { classifyDownloadFailure, downloadFailureMessage, downloadProgress } from '../../main/tools/electron-download';
import { sandboxAdvice } from '../../main/tools/linux-sandbox';

const windowsNode = 'C:\\Program Files\\nodejs\\node.exe';

describe('starting commands', () => {
  it('never starts node or Electron through a shell', () => {
    expect(directCommand(windowsNode, ['--import', 'tsx', 'main\\tools\\rebuild-native.ts'])).toEqual({
      command: windowsNode,
      args: ['--import', 'tsx', 'main\\tools\\rebuild-native.ts'],
      shell: false,
    });
  });

  it('runs npm’s own CLI script with this Node when npm started the script, on any system', () => {
    const npmExecPath = 'C:\\Program Files\\nodejs\\node_modules\\npm\\bin\\npm-cli.js';
    expect(npmCommand(['run', 'build'], { platform: 'win32', nodePath: windowsNode, npmExecPath })).toEqual({
      command: windowsNode,
      args: [npmExecPath, 'run', 'build'],
      shell: false,
    });
  });

  it('uses a shell only for npm.cmd on Windows, with quoted arguments', () => {
    expect(npmCommand(['run', 'build'], { platform: 'win32', nodePath: windowsNode })).toEqual({
      command: 'npm.cmd',
      args: ['run', 'build'],
      shell: true,
    });
    expect(npmCommand(['run', 'a b'], { platform: 'win32', nodePath: windowsNode }).args).toEqual(['run', '"a b"']);
    // Not a JavaScript file (a native npm shim, say): npm itself, not `node shim.exe`.
    expect(
      npmCommand(['run', 'build'], { platform: 'win32', nodePath: windowsNode, npmExecPath: 'C:\\tools\\npm.exe' })
        .command,
    ).toBe('npm.cmd');
  });

  it('runs npm directly on macOS and Linux', () => {
    expect(npmCommand(['run', 'build'], { platform: 'linux', nodePath: '/usr/bin/node' })).toEqual({
      command: 'npm',
      args: ['run', 'build'],
      shell: false,
    });
    expect(npmCommand(['run', 'build'], { platform: 'darwin', nodePath: '/opt/homebrew/bin/node' }).shell).toBe(false);
  });

  it('quotes for cmd.exe only what needs it', () => {
    expect(quoteForCmd('build')).toBe('build');
    expect(quoteForCmd('C:\\Program Files\\x')).toBe('"C:\\Program Files\\x"');
    expect(quoteForCmd('a&b')).toBe('"a&b"');
    expect(quoteForCmd('say "hi"')).toBe('"say ""hi"""');
    expect(quoteForCmd('')).toBe('""');
  });
});

describe('the first Electron download', () => {
  it('shows progress in megabytes', () => {
    expect(downloadProgress(0)).toBe('0.0 MB downloaded');
    expect(downloadProgress(52_345_678)).toBe('52.3 MB downloaded');
  });

  it.each([
    ['TypeError: fetch failed\n    at node:internal/deps/undici', 'network'],
    ['Error: getaddrinfo ENOTFOUND github.com', 'network'],
    ['Error: self-signed certificate in certificate chain', 'certificate'],
    ['Error: unable to get local issuer certificate', 'certificate'],
    ['Error: Generated checksum for "electron-v45.4.1-linux-x64.zip" did not match expected checksum.', 'checksum'],
    ['Error: something odd', 'other'],
  ])('recognises %j as a %s failure', (text, kind) => {
    expect(classifyDownloadFailure(text).kind).toBe(kind);
  });

  it('reads the status a proxy or server answered with', () => {
    expect(
      classifyDownloadFailure(
        'HTTPError: Response code 407 (Proxy Authentication Required) for https://github.com/...',
      ),
    ).toEqual({ kind: 'refused', status: 407 });
  });

  it('says what happened, how to use a proxy, and that the preview works without Electron', () => {
    const message = downloadFailureMessage('45.4.1', { kind: 'network' });
    expect(message).toMatch(/^Electron 45\.4\.1 could not be downloaded: the download server could not be reached/);
    expect(message).toContain('ELECTRON_GET_USE_PROXY=1');
    expect(message).toContain('HTTPS_PROXY=');
    expect(message).toContain('github.com');
    expect(message).toContain('npm run preview');
    expect(downloadFailureMessage('45.4.1', { kind: 'refused', status: 407 })).toContain('user name and password');
    expect(downloadFailureMessage('45.4.1', { kind: 'certificate' })).toContain('NODE_EXTRA_CA_CERTS');
  });
});

describe('Ubuntu’s user-namespace restriction', () => {
  const helper = {
    path: '/home/a/waymark/node_modules/electron/dist/chrome-sandbox',
    isRootOwned: false,
    isSetuid: false,
  };

  it('gives the sandbox helper fix when namespaces are restricted and the helper is not set up', () => {
    const advice = sandboxAdvice({ restrictsUserNamespaces: true, helper });
    expect(advice).toContain(`sudo chown root:root ${helper.path}`);
    expect(advice).toContain(`sudo chmod 4755 ${helper.path}`);
    expect(advice).toContain('.deb');
    // The sandbox stays on: the advice never offers to switch it off.
    expect(advice).not.toMatch(/--no-sandbox|disable-sandbox/);
  });

  it('says nothing where namespaces are allowed or the helper is already set up', () => {
    expect(sandboxAdvice({ restrictsUserNamespaces: false, helper })).toBeNull();
    expect(
      sandboxAdvice({ restrictsUserNamespaces: true, helper: { ...helper, isRootOwned: true, isSetuid: true } }),
    ).toBeNull();
    expect(sandboxAdvice({ restrictsUserNamespaces: true, helper: null })).toBeNull();
  });
});
